<?xml version="1.0" encoding="UTF-8"?>
<!-- Internal XML to the LA Upload REPC_MT000002GB01 (wire): File with its header and records. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns="urn:hl7-org:v3" xmlns:npfitlc="NPFIT:HL7:Localisation"
                exclude-result-prefixes="#all">
  <xsl:include href="la-upload-record-encode.xsl"/>

  <xsl:template match="/upload">
    <File>
      <xsl:namespace name="npfitlc" select="'NPFIT:HL7:Localisation'"/>
      <creationTime value="{creationTime}"/>
      <id extension="{sequenceId}"/>
      <transmissionQuantity value="{declaredRecordCount}"/>
      <communicationFunctionSnd>
        <xsl:call-template name="local-authority-content"><xsl:with-param name="la" select="localAuthority"/></xsl:call-template>
      </communicationFunctionSnd>
      <xsl:for-each select="record">
        <record>
          <CP-ISRecord>
            <xsl:for-each select="plan"><pertinentInformation><xsl:call-template name="plan-slot-content"/></pertinentInformation></xsl:for-each>
            <xsl:for-each select="subject"><subject><xsl:call-template name="subject-slot-content"/></subject></xsl:for-each>
          </CP-ISRecord>
        </record>
      </xsl:for-each>
    </File>
  </xsl:template>
</xsl:stylesheet>
