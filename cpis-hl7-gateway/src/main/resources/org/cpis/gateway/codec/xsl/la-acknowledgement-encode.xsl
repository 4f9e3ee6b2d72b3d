<?xml version="1.0" encoding="UTF-8"?>
<!-- Internal XML to the LA Acknowledgement Response REPC_MT000003GB01 (wire), in the schema's order:
     acknowledgementFile, acknowledgementRecord, communicationFunctionRcv, failedReturnedCP-ISRecords,
     message*, successfulReturnedCP-ISRecords.
     The encoder streams the acknowledgement (an upload of 100,000 records is answered in bounded memory), so
     this stylesheet writes the children of FileResponse part by part, each part an internal document of its
     own; the encoder writes FileResponse and acknowledgementRecord around them:
       ackHead       (creationTime, sequenceId, recordsProcessed, fileOutcome) -> creationTime .. acknowledgementFile
       ackRefused*   (refused records, a chunk at a time)                      -> acknowledgementRecordDetail*
       ackRecipient  (localAuthority, failed)                                  -> communicationFunctionRcv, failed...
       ackReturned*  (returned records, a chunk at a time)                     -> message*
       ackTail       (successful)                                              -> successfulReturnedCP-ISRecords -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns="urn:hl7-org:v3" xmlns:npfitlc="NPFIT:HL7:Localisation"
                exclude-result-prefixes="#all">
  <xsl:include href="la-upload-record-encode.xsl"/>

  <xsl:template match="/ackHead">
    <creationTime value="{creationTime}"/>
    <id extension="{sequenceId}"/>
    <transmissionQuantity value="{recordsProcessed}"/>
    <acknowledgementFile>
      <acknowledgementFileDetail>
        <code code="{fileOutcome/code}" displayName="{fileOutcome/displayName}"/>
      </acknowledgementFileDetail>
    </acknowledgementFile>
  </xsl:template>

  <xsl:template match="/ackRefused">
    <xsl:for-each select="refused">
      <acknowledgementRecordDetail>
        <code code="{code}" codeSystem="{codeSystem}" displayName="{displayName}">
          <xsl:for-each select="detail">
            <translation code="{code}" codeSystemName="{codeSystemName}" displayName="{displayName}"/>
          </xsl:for-each>
        </code>
        <location><xsl:value-of select="location"/></location>
      </acknowledgementRecordDetail>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="/ackRecipient">
    <communicationFunctionRcv>
      <xsl:call-template name="local-authority-content"><xsl:with-param name="la" select="localAuthority"/></xsl:call-template>
    </communicationFunctionRcv>
    <failedReturnedCP-ISRecords><value value="{failed}"/></failedReturnedCP-ISRecords>
  </xsl:template>

  <xsl:template match="/ackReturned">
    <xsl:for-each select="returned">
      <message>
        <cP-ISLAAcknowledgementResponse>
          <pertinentInformation1>
            <xsl:choose>
              <xsl:when test="valid = 'true'">
                <validCP-ISRecord>
                  <xsl:for-each select="subject"><subject><xsl:call-template name="subject-slot-content"/></subject></xsl:for-each>
                </validCP-ISRecord>
              </xsl:when>
              <xsl:otherwise>
                <invalidCP-ISRecord>
                  <xsl:for-each select="plan"><pertinentInformation><xsl:call-template name="plan-slot-content"/></pertinentInformation></xsl:for-each>
                  <xsl:for-each select="subject"><subject><xsl:call-template name="subject-slot-content"/></subject></xsl:for-each>
                </invalidCP-ISRecord>
              </xsl:otherwise>
            </xsl:choose>
          </pertinentInformation1>
        </cP-ISLAAcknowledgementResponse>
      </message>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="/ackTail">
    <successfulReturnedCP-ISRecords><value value="{successful}"/></successfulReturnedCP-ISRecords>
  </xsl:template>
</xsl:stylesheet>
