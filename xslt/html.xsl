<?xml version="1.0" encoding="UTF-8"?>
<!-- The HTML reading edition: one TEI document in, one <article> out, for the viewer's templates.
     Entry point only: the parameters and the modules, one concern each. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    exclude-result-prefixes="#all">

  <!-- 'reading' shows corrected readings, 'diplomatic' the source's; both are always in the HTML. -->
  <xsl:param name="view" as="xs:string" select="'reading'"/>
  <!-- Prefix of links to person entries: href = $persons-base || id || $persons-suffix. -->
  <xsl:param name="persons-base" as="xs:string" select="'../../persons/'"/>
  <!-- Suffix of links to person, place and organisation entries ('/' for the viewer's folders, '' for #fragments). -->
  <xsl:param name="persons-suffix" as="xs:string" select="'/'"/>
  <!-- Prefix of links to the index of places (href = $places-base || id || $persons-suffix); '': no links. -->
  <xsl:param name="places-base" as="xs:string" select="'../../places/'"/>
  <!-- Prefix of links to the index of organisations, likewise; '': no links. -->
  <xsl:param name="organisations-base" as="xs:string" select="'../../organisations/'"/>
  <!-- The personography (tei/persons.xml), for the preferred names; empty: names not looked up. -->
  <xsl:param name="personography" as="document-node()?" select="()"/>
  <!-- The register of places (tei/places.xml), for the preferred names; empty: names not looked up. -->
  <xsl:param name="places" as="document-node()?" select="()"/>
  <!-- The register of organisations (tei/organisations.xml), likewise. -->
  <xsl:param name="organisations" as="document-node()?" select="()"/>

  <xsl:output method="html" html-version="5" include-content-type="no" indent="no" encoding="UTF-8"/>

  <xsl:include href="common/functions.xsl"/>
  <xsl:include href="common/citation.xsl"/>
  <xsl:include href="html/document.xsl"/>
  <xsl:include href="html/header.xsl"/>
  <xsl:include href="html/structure.xsl"/>
  <xsl:include href="html/front.xsl"/>
  <xsl:include href="html/phrases.xsl"/>
  <xsl:include href="html/notes.xsl"/>
  <xsl:include href="html/names-dates.xsl"/>
  <xsl:include href="html/places-orgs.xsl"/>
  <xsl:include href="html/apparatus.xsl"/>
  <xsl:include href="html/furniture.xsl"/>
</xsl:stylesheet>
