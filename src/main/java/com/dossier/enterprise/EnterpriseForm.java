package com.dossier.enterprise;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The administrator's form for an enterprise's basic data. */
public class EnterpriseForm {

	private String creditCode;

	private String name;

	private Enterprise.Region region = Enterprise.Region.LOCAL;

	private boolean foreignInvested;

	private String address;

	private String legalRepresentative;

	private BigDecimal registeredCapital;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate establishedOn;

	private int version;

	static EnterpriseForm of(Enterprise e) {
		EnterpriseForm f = new EnterpriseForm();
		f.creditCode = e.creditCode();
		f.name = e.name();
		f.region = e.region();
		f.foreignInvested = e.foreignInvested();
		f.address = e.address();
		f.legalRepresentative = e.legalRepresentative();
		f.registeredCapital = e.registeredCapital();
		f.establishedOn = e.establishedOn();
		f.version = e.version();
		return f;
	}

	EnterpriseData toData() {
		return new EnterpriseData(creditCode, name, region, foreignInvested, address, legalRepresentative,
				registeredCapital, establishedOn);
	}

	public String getCreditCode() {
		return creditCode;
	}

	public void setCreditCode(String creditCode) {
		this.creditCode = creditCode;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Enterprise.Region getRegion() {
		return region;
	}

	public void setRegion(Enterprise.Region region) {
		this.region = region;
	}

	public boolean isForeignInvested() {
		return foreignInvested;
	}

	public void setForeignInvested(boolean foreignInvested) {
		this.foreignInvested = foreignInvested;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getLegalRepresentative() {
		return legalRepresentative;
	}

	public void setLegalRepresentative(String legalRepresentative) {
		this.legalRepresentative = legalRepresentative;
	}

	public BigDecimal getRegisteredCapital() {
		return registeredCapital;
	}

	public void setRegisteredCapital(BigDecimal registeredCapital) {
		this.registeredCapital = registeredCapital;
	}

	public LocalDate getEstablishedOn() {
		return establishedOn;
	}

	public void setEstablishedOn(LocalDate establishedOn) {
		this.establishedOn = establishedOn;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
