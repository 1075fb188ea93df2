<?xml version="1.0" encoding="UTF-8"?>
<!-- The plain-text edition: one TEI document in, UTF-8 text wrapped at 78 columns out.
     Entry point only: the parameter and the modules, one concern each. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    exclude-result-prefixes="#all">

  <!-- false(): the reading text (corrections, no furniture, notes after the text);
       true(): the diplomatic text (source readings, furniture, notes after their paragraph). -->
  <xsl:param name="diplomatic" as="xs:boolean" select="false()"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:include href="common/functions.xsl"/>
  <xsl:include href="common/citation.xsl"/>
  <xsl:include href="text/wrap.xsl"/>
  <xsl:include href="text/document.xsl"/>
  <xsl:include href="text/blocks.xsl"/>
  <xsl:include href="text/inline.xsl"/>
  <xsl:include href="text/notes.xsl"/>
  <xsl:include href="text/furniture.xsl"/>
</xsl:stylesheet>
