<?xml version="1.0" encoding="UTF-8"?>
<!-- Internal XML to the pieces of the Application Acknowledgement wrapper (MCCI_MT020101UK12) and of a control
     act's reasons, shared by the Query Act Failed and Application Acknowledgement stylesheets (which also
     include common-encode.xsl). -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns="urn:hl7-org:v3"
                exclude-result-prefixes="#all">

  <!-- the acknowledgement element: pass it to the header template as $acknowledgement -->
  <xsl:template name="mcci-acknowledgement">
    <xsl:param name="ack"/>
    <acknowledgement typeCode="{$ack/typeCode}">
      <xsl:for-each select="$ack/detail">
        <acknowledgementDetail typeCode="{typeCode}">
          <code code="{code}">
            <xsl:for-each select="codeSystem"><xsl:attribute name="codeSystem" select="."/></xsl:for-each>
            <xsl:for-each select="displayName"><xsl:attribute name="displayName" select="."/></xsl:for-each>
          </code>
        </acknowledgementDetail>
      </xsl:for-each>
      <messageRef><id root="{$ack/messageRef}"/></messageRef>
    </acknowledgement>
  </xsl:template>

  <!-- reason* / justifyingDetectedIssueEvent / code (CD with qualifier) -->
  <xsl:template name="mcci-reasons">
    <xsl:param name="reasons"/>
    <xsl:for-each select="$reasons">
      <reason typeCode="RSON">
        <justifyingDetectedIssueEvent classCode="ALRT" moodCode="EVN">
          <code code="{code}">
            <xsl:for-each select="codeSystem"><xsl:attribute name="codeSystem" select="."/></xsl:for-each>
            <xsl:for-each select="displayName"><xsl:attribute name="displayName" select="."/></xsl:for-each>
            <xsl:for-each select="qualifier"><qualifier code="{.}"/></xsl:for-each>
          </code>
        </justifyingDetectedIssueEvent>
      </reason>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
