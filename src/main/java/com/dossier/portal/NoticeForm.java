package com.dossier.portal;

/**
 * The administrator's notice form. The body is plain text: it is never rendered as HTML.
 */
public class NoticeForm {

	private String category = Notice.Category.NOTICE.name();

	private String title;

	private String body;

	private int version;

	static NoticeForm of(Notice n) {
		NoticeForm f = new NoticeForm();
		f.category = n.category().name();
		f.title = n.title();
		f.body = n.body();
		f.version = n.version();
		return f;
	}

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
