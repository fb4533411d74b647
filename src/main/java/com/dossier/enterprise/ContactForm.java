package com.dossier.enterprise;

/**
 * The contact page's form; the version guards against a concurrent change in another
 * window or by a colleague.
 */
public class ContactForm {

	private String name;

	private String phone;

	private String mobile;

	private Integer version;

	static ContactForm of(Enterprise enterprise) {
		ContactForm form = new ContactForm();
		if (enterprise.contact() != null) {
			form.name = enterprise.contact().name();
			form.phone = enterprise.contact().phone();
			form.mobile = enterprise.contact().mobile();
		}
		form.version = enterprise.version();
		return form;
	}

	Contact toContact() {
		return Contact.of(name, phone, mobile);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getMobile() {
		return mobile;
	}

	public void setMobile(String mobile) {
		this.mobile = mobile;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
