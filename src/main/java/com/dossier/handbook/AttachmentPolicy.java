package com.dossier.handbook;

/**
 * Which file rules an attachment kind follows: JPEG scans or PDF documents (DESIGN §5).
 */
public enum AttachmentPolicy {

	IMAGE, PDF

}
