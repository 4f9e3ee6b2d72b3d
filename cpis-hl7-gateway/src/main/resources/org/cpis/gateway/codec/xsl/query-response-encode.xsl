<?xml version="1.0" encoding="UTF-8"?>
<!-- Internal XML to the NHS Query Response interaction REPC_IN000007GB01 (wire), bare or inside Spine's outer
     CP-ISNHSQueryResponse element. What never leaves CP-IS is not in the internal XML to begin with: no LA
     child id, no delete date, no names or birth dates (CP-IS051, CP-NHS010). -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns="urn:hl7-org:v3" xmlns:npfitlc="NPFIT:HL7:Localisation"
                exclude-result-prefixes="#all">
  <xsl:include href="common-encode.xsl"/>

  <!-- plan type to the response plan template (NPFIT-100018), its class and its date-element prefix -->
  <xsl:variable name="QR_PLAN_TEMPLATE" select="map{'CPP': 'COCT_TP146105GB01', 'LAC': 'COCT_TP146103GB01', 'UCPP': 'COCT_TP146104GB01'}"/>
  <xsl:variable name="QR_PLAN_CLASS" select="map{'CPP': 'CPPInformation', 'LAC': 'LACInformation', 'UCPP': 'UCPInformation'}"/>
  <xsl:variable name="QR_PLAN_DATES" select="map{'CPP': 'cPP', 'LAC': 'lAC', 'UCPP': 'uCP'}"/>

  <xsl:template match="/queryResponse[spineEnvelope = 'true']" priority="1">
    <CP-ISNHSQueryResponse><xsl:apply-templates select="." mode="interaction"/></CP-ISNHSQueryResponse>
  </xsl:template>

  <xsl:template match="/queryResponse">
    <xsl:apply-templates select="." mode="interaction"/>
  </xsl:template>

  <xsl:template match="queryResponse" mode="interaction">
    <REPC_IN000007GB01>
      <xsl:namespace name="npfitlc" select="'NPFIT:HL7:Localisation'"/>
      <xsl:call-template name="header"><xsl:with-param name="header" select="header"/></xsl:call-template>
      <ControlActEvent classCode="CACT" moodCode="EVN">
        <xsl:call-template name="control-act-authors"><xsl:with-param name="controlAct" select="controlAct"/></xsl:call-template>
        <subject typeCode="SUBJ">
          <xsl:apply-templates select="response"/>
        </subject>
        <queryAck type="QueryAck"><queryResponseCode code="OK"/></queryAck>
      </ControlActEvent>
    </REPC_IN000007GB01>
  </xsl:template>

  <xsl:template match="response">
    <CP-ISNHSQueryResponse>
      <effectiveTime value="{effectiveTime}"/>
      <id root="{id}"/>
      <pertinentInformation11>
        <pertinentTotalReturnedAccessRecords><value value="{accessTotal}"/></pertinentTotalReturnedAccessRecords>
      </pertinentInformation11>
      <pertinentInformation12>
        <pertinentTotalReturnedChildRecords><value value="{recordTotal}"/></pertinentTotalReturnedChildRecords>
      </pertinentInformation12>
      <xsl:for-each select="access">
        <pertinentInformation13>
          <pertinentCP-ISNHSQuery>
            <effectiveTime value="{effectiveTime}"/>
            <id root="{id}"/>
            <author>
              <xsl:call-template name="author-slot-content"><xsl:with-param name="author" select="author"/></xsl:call-template>
            </author>
            <queryByParameter>
              <person.NHSnumber><value extension="{nhsNumber}"/></person.NHSnumber>
            </queryByParameter>
          </pertinentCP-ISNHSQuery>
        </pertinentInformation13>
      </xsl:for-each>
      <pertinentInformation14>
        <pertinentCP-ISRecordControlAct>
          <xsl:apply-templates select="record"/>
        </pertinentCP-ISRecordControlAct>
      </pertinentInformation14>
    </CP-ISNHSQueryResponse>
  </xsl:template>

  <!-- one providing Local Authority: who it is and how to reach it, its plans, and whom they are about -->
  <xsl:template match="record">
    <record>
      <communicationFunctionSnd>
        <organisation>
          <xsl:call-template name="organisation-content"><xsl:with-param name="org" select="localAuthority"/></xsl:call-template>
          <xsl:for-each select="localAuthority/officeHoursPhone"><telecom value="{.}" use="WP"/></xsl:for-each>
          <telecom value="{localAuthority/emergencyDutyPhone}" use="EC"/>
        </organisation>
      </communicationFunctionSnd>
      <CP-ISRecord>
        <xsl:apply-templates select="plan"/>
        <xsl:apply-templates select="subject"/>
      </CP-ISRecord>
    </record>
  </xsl:template>

  <!-- a response plan template with its start and end dates only -->
  <xsl:template match="plan">
    <xsl:variable name="template" select="$QR_PLAN_TEMPLATE(type)"/>
    <xsl:variable name="class" select="$QR_PLAN_CLASS(type)"/>
    <xsl:variable name="dates" select="$QR_PLAN_DATES(type)"/>
    <pertinentInformation15>
      <npfitlc:contentId root="{$CONTENT_ID_ROOT}" extension="{$template}#{$class}"/>
      <xsl:element name="{$template}.{$class}">
        <component><xsl:element name="{$dates}StartDate"><value value="{start}"/></xsl:element></component>
        <xsl:for-each select="end">
          <component1><xsl:element name="{$dates}EndDate"><value value="{.}"/></xsl:element></component1>
        </xsl:for-each>
      </xsl:element>
    </pertinentInformation15>
  </xsl:template>

  <!-- the subject: only the NHS number (the child's, or for an unborn child the mother's); see WIRE-FORMAT.md -->
  <xsl:template match="subject[kind = 'unborn']">
    <subject>
      <npfitlc:contentId root="{$CONTENT_ID_ROOT}" extension="COCT_TP145100GB01#UnbornChild"/>
      <COCT_TP145100GB01.UnbornChild>
        <parentMotherPerson>
          <playedMother><id root="2.16.840.1.113883.2.1.4.1" extension="{nhsNumber}"/></playedMother>
        </parentMotherPerson>
      </COCT_TP145100GB01.UnbornChild>
    </subject>
  </xsl:template>

  <xsl:template match="subject">
    <subject>
      <npfitlc:contentId root="{$CONTENT_ID_ROOT}" extension="COCT_TP145101GB01#Child"/>
      <COCT_TP145101GB01.Child>
        <id root="2.16.840.1.113883.2.1.4.1" extension="{nhsNumber}"/>
      </COCT_TP145101GB01.Child>
    </subject>
  </xsl:template>
</xsl:stylesheet>
