package com.dossier.attachment.storage;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * "blobStore" in the health groups: a node that cannot read or write attachment bytes is
 * not ready for traffic (the readiness group includes it, application.yml).
 */
@Component("blobStore")
class BlobStoreHealth extends AbstractHealthIndicator {

	private final BlobStore store;

	BlobStoreHealth(BlobStore store) {
		super("Blob store unreachable");
		this.store = store;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		if (store.reachable()) {
			builder.up();
		}
		else {
			builder.down();
		}
	}

}
