<?xml version="1.0" encoding="UTF-8"?>
<!-- Internal XML to LA Upload record parts (wire, urn:hl7-org:v3): the plan and subject slots of an upload
     record (also returned inside the acknowledgement) and the Local Authority organisation. Writes what the
     internal XML holds; the Java side decides what may be left out. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns="urn:hl7-org:v3" xmlns:npfitlc="NPFIT:HL7:Localisation"
                exclude-result-prefixes="#all">

  <xsl:variable name="LA_CONTENT_ID_ROOT" select="'2.16.840.1.113883.2.1.3.2.4.18.16'"/>
  <xsl:variable name="LA_ORG_ROOT" select="'2.16.840.1.113883.2.1.3.2.4.19.1'"/>
  <!-- plan type: upload template element and the prefix of its date observations -->
  <xsl:variable name="PLAN_TEMPLATE" select="map{'LAC': 'COCT_TP146100GB01.LACInformation',
      'CPP': 'COCT_TP146101GB01.CPPInformation', 'UCPP': 'COCT_TP146102GB01.UCPInformation'}"/>
  <xsl:variable name="PLAN_DATE_PREFIX" select="map{'LAC': 'lAC', 'CPP': 'cPP', 'UCPP': 'uCP'}"/>

  <!-- the content of a pertinentInformation slot; context: plan (type, start, end?, delete?) -->
  <xsl:template name="plan-slot-content">
    <xsl:variable name="template" select="$PLAN_TEMPLATE(string(type))"/>
    <xsl:variable name="prefix" select="$PLAN_DATE_PREFIX(string(type))"/>
    <npfitlc:contentId root="{$LA_CONTENT_ID_ROOT}" extension="{replace($template, '\.', '#')}"/>
    <xsl:element name="{$template}">
      <component>
        <xsl:element name="{$prefix}StartDate"><value value="{start}"/></xsl:element>
      </component>
      <xsl:for-each select="end">
        <component1><xsl:element name="{$prefix}EndDate"><value value="{.}"/></xsl:element></component1>
      </xsl:for-each>
      <xsl:for-each select="delete">
        <component2><xsl:element name="{$prefix}DeleteDate"><value value="{.}"/></xsl:element></component2>
      </xsl:for-each>
    </xsl:element>
  </xsl:template>

  <!-- the content of a subject slot; context: subject (kind child|unborn, nhsNumber?, localId?,
       assigningAuthority?, person? (birthTime?, given and family?)) -->
  <xsl:template name="subject-slot-content">
    <xsl:choose>
      <xsl:when test="kind = 'unborn'">
        <npfitlc:contentId root="{$LA_CONTENT_ID_ROOT}" extension="COCT_TP145100GB01#UnbornChild"/>
        <COCT_TP145100GB01.UnbornChild>
          <parentMotherPerson>
            <xsl:call-template name="person-details"/>
            <playedMother><xsl:call-template name="person-ids"/></playedMother>
          </parentMotherPerson>
        </COCT_TP145100GB01.UnbornChild>
      </xsl:when>
      <xsl:otherwise>
        <npfitlc:contentId root="{$LA_CONTENT_ID_ROOT}" extension="COCT_TP145101GB01#Child"/>
        <COCT_TP145101GB01.Child>
          <xsl:call-template name="person-ids"/>
          <xsl:for-each select="person">
            <childPerson><xsl:call-template name="person-details"><xsl:with-param name="subject" select=".."/></xsl:call-template></childPerson>
          </xsl:for-each>
        </COCT_TP145101GB01.Child>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="person-ids">
    <xsl:for-each select="nhsNumber"><id root="2.16.840.1.113883.2.1.4.1" extension="{.}"/></xsl:for-each>
    <xsl:for-each select="localId">
      <id root="2.16.840.1.113883.2.1.3.2.4.18.24" extension="{.}">
        <xsl:for-each select="../assigningAuthority"><xsl:attribute name="assigningAuthorityName" select="."/></xsl:for-each>
      </id>
    </xsl:for-each>
  </xsl:template>

  <!-- birthTime then name (PersonNameType6: given, family) -->
  <xsl:template name="person-details">
    <xsl:param name="subject" select="."/>
    <xsl:for-each select="$subject/person/birthTime"><birthTime value="{.}"/></xsl:for-each>
    <xsl:for-each select="$subject/person[given and family]">
      <name><given><xsl:value-of select="given"/></given><family><xsl:value-of select="family"/></family></name>
    </xsl:for-each>
  </xsl:template>

  <!-- the content of communicationFunctionSnd / communicationFunctionRcv: the Local Authority -->
  <xsl:template name="local-authority-content">
    <xsl:param name="la"/>
    <organisation>
      <id root="{$LA_ORG_ROOT}" extension="{$la/odsCode}"/>
      <name><xsl:value-of select="$la/name"/></name>
      <xsl:for-each select="$la/telecom"><telecom value="{value}" use="{use}"/></xsl:for-each>
    </organisation>
  </xsl:template>
</xsl:stylesheet>
