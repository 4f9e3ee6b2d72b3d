<?xml version="1.0" encoding="UTF-8"?>
<!-- LA Upload REPC_MT000002GB01 (wire) to internal XML, in two parts because an upload is read as a stream:
     the header (a File holding only its header elements) and each record on its own (a record document). -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:hl7="urn:hl7-org:v3" xmlns:npfitlc="NPFIT:HL7:Localisation"
                exclude-result-prefixes="#all">
  <xsl:include href="la-upload-record-decode.xsl"/>

  <xsl:template match="/hl7:File">
    <header>
      <creationTime><xsl:value-of select="hl7:creationTime/@value"/></creationTime>
      <sequenceId><xsl:value-of select="hl7:id/@extension"/></sequenceId>
      <declaredRecordCount><xsl:value-of select="hl7:transmissionQuantity/@value"/></declaredRecordCount>
      <xsl:call-template name="local-authority">
        <xsl:with-param name="org" select="hl7:communicationFunctionSnd/hl7:organisation"/>
      </xsl:call-template>
    </header>
  </xsl:template>

  <xsl:template match="/hl7:record">
    <record>
      <xsl:call-template name="plan"><xsl:with-param name="slot" select="hl7:CP-ISRecord/hl7:pertinentInformation"/></xsl:call-template>
      <xsl:call-template name="subject"><xsl:with-param name="slot" select="hl7:CP-ISRecord/hl7:subject"/></xsl:call-template>
    </record>
  </xsl:template>
</xsl:stylesheet>
