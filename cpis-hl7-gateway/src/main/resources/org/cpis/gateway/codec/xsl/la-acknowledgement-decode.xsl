<?xml version="1.0" encoding="UTF-8"?>
<!-- LA Acknowledgement Response REPC_MT000003GB01 (wire) to internal XML. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:hl7="urn:hl7-org:v3" xmlns:npfitlc="NPFIT:HL7:Localisation"
                exclude-result-prefixes="#all">
  <xsl:include href="la-upload-record-decode.xsl"/>

  <xsl:template match="/hl7:FileResponse">
    <acknowledgement>
      <creationTime><xsl:value-of select="hl7:creationTime/@value"/></creationTime>
      <sequenceId><xsl:value-of select="hl7:id/@extension"/></sequenceId>
      <recordsProcessed><xsl:value-of select="hl7:transmissionQuantity/@value"/></recordsProcessed>
      <xsl:for-each select="hl7:acknowledgementFile/hl7:acknowledgementFileDetail/hl7:code">
        <fileOutcome>
          <code><xsl:value-of select="@code"/></code>
          <displayName><xsl:value-of select="@displayName"/></displayName>
        </fileOutcome>
      </xsl:for-each>
      <xsl:for-each select="hl7:acknowledgementRecord/hl7:acknowledgementRecordDetail">
        <refused>
          <code><xsl:value-of select="hl7:code/@code"/></code>
          <codeSystem><xsl:value-of select="hl7:code/@codeSystem"/></codeSystem>
          <displayName><xsl:value-of select="hl7:code/@displayName"/></displayName>
          <xsl:for-each select="hl7:code/hl7:translation">
            <detail>
              <code><xsl:value-of select="@code"/></code>
              <codeSystemName><xsl:value-of select="@codeSystemName"/></codeSystemName>
              <displayName><xsl:value-of select="@displayName"/></displayName>
            </detail>
          </xsl:for-each>
          <location><xsl:value-of select="normalize-space(hl7:location)"/></location>
        </refused>
      </xsl:for-each>
      <xsl:call-template name="local-authority">
        <xsl:with-param name="org" select="hl7:communicationFunctionRcv/hl7:organisation"/>
      </xsl:call-template>
      <failed><xsl:value-of select="hl7:failedReturnedCP-ISRecords/hl7:value/@value"/></failed>
      <xsl:for-each select="hl7:message/hl7:cP-ISLAAcknowledgementResponse/hl7:pertinentInformation1/*">
        <returned>
          <valid><xsl:value-of select="exists(self::hl7:validCP-ISRecord)"/></valid>
          <xsl:call-template name="plan"><xsl:with-param name="slot" select="hl7:pertinentInformation"/></xsl:call-template>
          <xsl:call-template name="subject"><xsl:with-param name="slot" select="hl7:subject"/></xsl:call-template>
        </returned>
      </xsl:for-each>
      <successful><xsl:value-of select="hl7:successfulReturnedCP-ISRecords/hl7:value/@value"/></successful>
    </acknowledgement>
  </xsl:template>
</xsl:stylesheet>
