package com.dossier.attachment;

/**
 * A scan uploaded to a record by the signed-in user, inspected and audited exactly as the
 * record form's upload: what another module (the demo) may do with attachments. Refusals
 * are thrown as named errors.
 */
public interface ScanUploads {

	/** Returns the new attachment's id. */
	long attach(long recordId, String kindCode, String fileName, byte[] content);

}
