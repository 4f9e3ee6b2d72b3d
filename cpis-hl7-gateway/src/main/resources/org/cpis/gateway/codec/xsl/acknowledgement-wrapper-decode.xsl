<?xml version="1.0" encoding="UTF-8"?>
<!-- The Application Acknowledgement wrapper's acknowledgement (MCCI_MT020101UK12) and a control act's reasons
     (wire) to internal XML, shared by the Query Act Failed and Application Acknowledgement stylesheets. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:hl7="urn:hl7-org:v3"
                exclude-result-prefixes="#all">

  <!-- context: the interaction element -->
  <xsl:template name="mcci-acknowledgement">
    <xsl:for-each select="hl7:acknowledgement">
      <acknowledgement>
        <typeCode><xsl:value-of select="@typeCode"/></typeCode>
        <xsl:for-each select="hl7:acknowledgementDetail">
          <detail>
            <typeCode><xsl:value-of select="@typeCode"/></typeCode>
            <code><xsl:value-of select="hl7:code/@code"/></code>
            <codeSystem><xsl:value-of select="hl7:code/@codeSystem"/></codeSystem>
            <displayName><xsl:value-of select="hl7:code/@displayName"/></displayName>
          </detail>
        </xsl:for-each>
        <messageRef><xsl:value-of select="hl7:messageRef/hl7:id/@root"/></messageRef>
      </acknowledgement>
    </xsl:for-each>
  </xsl:template>

  <!-- context: the ControlActEvent -->
  <xsl:template name="mcci-reasons">
    <xsl:for-each select="hl7:reason/hl7:justifyingDetectedIssueEvent/hl7:code">
      <reason>
        <code><xsl:value-of select="@code"/></code>
        <codeSystem><xsl:value-of select="@codeSystem"/></codeSystem>
        <displayName><xsl:value-of select="@displayName"/></displayName>
        <qualifier><xsl:value-of select="hl7:qualifier[1]/@code"/></qualifier>
      </reason>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
