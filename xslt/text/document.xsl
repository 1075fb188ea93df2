<?xml version="1.0" encoding="UTF-8"?>
<!-- The text document as a whole: title block with the source citation, the text's blocks
     separated by blank lines, and (reading text) the notes after the text. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ed="urn:edition:functions"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:mode on-no-match="shallow-skip" on-multiple-match="fail"/>

  <xsl:template match="/">
    <xsl:variable name="blocks" as="xs:string*">
      <xsl:apply-templates select="TEI/teiHeader" mode="text-header"/>
      <xsl:sequence select="ed:flow(TEI/text/(front, body, back)/node(), '')"/>
      <xsl:if test="not($diplomatic)">
        <xsl:call-template name="ed:text-notes"/>
      </xsl:if>
    </xsl:variable>
    <xsl:value-of select="normalize-unicode(string-join($blocks[. != ''], '&#10;&#10;'), 'NFC')"/>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <!-- The title block. -->
  <xsl:mode name="text-header" on-no-match="shallow-skip" on-multiple-match="fail"/>

  <xsl:template match="teiHeader" mode="text-header" as="xs:string*">
    <xsl:variable name="title" select="ed:wrap(ed:inline(fileDesc/titleStmt/title[1]), '')"/>
    <xsl:variable name="authors" select="string-join(fileDesc/titleStmt/author ! ed:inline(.), ', ')"/>
    <xsl:variable name="witness" select="normalize-space(fileDesc/sourceDesc/bibl[@type = 'transcription']/idno[@type = 'source-file'])"/>
    <xsl:sequence select="string-join(($title, ed:wrap($authors, '')[. != '']), '&#10;')"/>
    <xsl:sequence select="string-join((
        ed:citation(fileDesc/sourceDesc/biblStruct[1])[. != ''] ! ed:wrap('Source: ' || ., ''),
        ('Transcription: ' || $witness)[$witness != ''],
        if ($diplomatic) then 'Diplomatic text: the source''s readings, page furniture kept.'
        else 'Reading text: corrected readings, page furniture omitted, notes at the end.',
        string-join((1 to $ed:width) ! '=')
      ), '&#10;')"/>
  </xsl:template>
</xsl:stylesheet>
