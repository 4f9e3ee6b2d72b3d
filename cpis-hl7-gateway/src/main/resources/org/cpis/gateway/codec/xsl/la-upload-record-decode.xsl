<?xml version="1.0" encoding="UTF-8"?>
<!-- LA Upload record parts (wire, urn:hl7-org:v3) to internal XML: the plan and subject slots of an upload
     record (also returned inside the acknowledgement) and the Local Authority organisation. Reads leniently:
     a record that failed the schema is still read as far as it goes, so that its problems can name it. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:hl7="urn:hl7-org:v3" xmlns:npfitlc="NPFIT:HL7:Localisation"
                exclude-result-prefixes="#all">

  <xsl:variable name="NHS_NUMBER_ROOT" select="'2.16.840.1.113883.2.1.4.1'"/>
  <xsl:variable name="LOCAL_ID_ROOT" select="'2.16.840.1.113883.2.1.3.2.4.18.24'"/>

  <!-- a pertinentInformation slot: contentId, then one upload plan template (component = start,
       component1 = end, component2 = delete) -->
  <xsl:template name="plan">
    <xsl:param name="slot"/>
    <xsl:for-each select="$slot">
      <xsl:variable name="template" select="*[not(self::npfitlc:contentId)][1]"/>
      <plan>
        <template><xsl:value-of select="local-name($template)"/></template>
        <contentId><xsl:value-of select="npfitlc:contentId/@extension"/></contentId>
        <start><xsl:value-of select="$template/hl7:component/*/hl7:value/@value"/></start>
        <end><xsl:value-of select="$template/hl7:component1/*/hl7:value/@value"/></end>
        <delete><xsl:value-of select="$template/hl7:component2/*/hl7:value/@value"/></delete>
      </plan>
    </xsl:for-each>
  </xsl:template>

  <!-- a subject slot: contentId, then COCT_TP145101GB01.Child or COCT_TP145100GB01.UnbornChild (the mother) -->
  <xsl:template name="subject">
    <xsl:param name="slot"/>
    <xsl:for-each select="$slot">
      <xsl:variable name="template" select="*[not(self::npfitlc:contentId)][1]"/>
      <xsl:variable name="person" select="$template/hl7:childPerson | $template/hl7:parentMotherPerson"/>
      <xsl:variable name="ids" select="$template/hl7:id | $person/hl7:playedMother/hl7:id"/>
      <subject>
        <template><xsl:value-of select="local-name($template)"/></template>
        <contentId><xsl:value-of select="npfitlc:contentId/@extension"/></contentId>
        <xsl:for-each select="$ids[@root = $NHS_NUMBER_ROOT]">
          <nhsNumber><xsl:value-of select="@extension"/></nhsNumber>
        </xsl:for-each>
        <xsl:for-each select="$ids[@root = $LOCAL_ID_ROOT]">
          <localId><xsl:value-of select="@extension"/></localId>
        </xsl:for-each>
        <given><xsl:value-of select="string-join($person/hl7:name/hl7:given ! normalize-space(.), ' ')"/></given>
        <family><xsl:value-of select="string-join($person/hl7:name/hl7:family ! normalize-space(.), ' ')"/></family>
        <birthTime><xsl:value-of select="$person/hl7:birthTime/@value"/></birthTime>
      </subject>
    </xsl:for-each>
  </xsl:template>

  <!-- communicationFunctionSnd / communicationFunctionRcv organisation: the Local Authority and its numbers -->
  <xsl:template name="local-authority">
    <xsl:param name="org"/>
    <localAuthority>
      <odsCode><xsl:value-of select="$org/hl7:id/@extension"/></odsCode>
      <!-- the first name: a header that breaks the schema with two is still read, to say what is wrong with it -->
      <name><xsl:value-of select="normalize-space(($org/hl7:name)[1])"/></name>
      <xsl:for-each select="$org/hl7:telecom">
        <telecom>
          <value><xsl:value-of select="@value"/></value>
          <use><xsl:value-of select="@use"/></use>
        </telecom>
      </xsl:for-each>
    </localAuthority>
  </xsl:template>
</xsl:stylesheet>
