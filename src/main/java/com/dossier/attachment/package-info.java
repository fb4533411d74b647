/**
 * Uploaded files: the IMAGE and PDF policies of the guide (inspection without trusting
 * names), 图片自动调整 (conversion to a conforming JPEG), content-addressed storage and the
 * .docx templates offered for download.
 */
package com.dossier.attachment;
