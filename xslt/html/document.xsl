<?xml version="1.0" encoding="UTF-8"?>
<!-- The document as a whole: <article> with header, text and the list of notes, and the
     counters (accumulators) that give paragraphs and unnumbered pages their stable ids. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ed="urn:edition:functions"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- The unnamed mode only starts things off; everything else has a named mode. -->
  <xsl:mode on-no-match="shallow-skip" on-multiple-match="fail" use-accumulators="#all"/>

  <!-- Paragraph ids "p1", "p2"… in document order of text//p: stable while the text is. -->
  <xsl:accumulator name="ed:paragraph" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="text//p" select="$value + 1"/>
  </xsl:accumulator>
  <!-- The other citable blocks, counted the same way, each kind by itself: "item1", "l1"
       (verse lines), "head1" (any head in the text), "ab1" (image text), "byline1", and
       "quote1" for a block quotation without paragraphs of its own (its one <p>). -->
  <xsl:accumulator name="ed:item" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="text//item" select="$value + 1"/>
  </xsl:accumulator>
  <xsl:accumulator name="ed:l" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="text//l" select="$value + 1"/>
  </xsl:accumulator>
  <xsl:accumulator name="ed:head" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="text//head" select="$value + 1"/>
  </xsl:accumulator>
  <xsl:accumulator name="ed:ab" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="text//ab" select="$value + 1"/>
  </xsl:accumulator>
  <xsl:accumulator name="ed:byline" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="text//byline" select="$value + 1"/>
  </xsl:accumulator>
  <xsl:accumulator name="ed:quote" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="text//quote[not(p | lg | ab | list)][parent::div or parent::body or parent::note]" select="$value + 1"/>
  </xsl:accumulator>
  <!-- Mentions and interventions: "{doc}-pn1"… for each outermost persName with a @ref, and
       "{doc}-app1"… for each correction (choice with sic), supplied text and gap, in document
       order of the text — the numbering src/edition/anchors.py computes from the TEI, so the
       index of persons and the apparatus can link to the exact place. -->
  <xsl:accumulator name="ed:mention" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="text//persName[@ref != ''][not(ancestor::persName)]" select="$value + 1"/>
  </xsl:accumulator>
  <!-- "{doc}-dt1"… for each outermost date of the text: the chronology links to it. -->
  <xsl:accumulator name="ed:date" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="text//date[not(ancestor::date)]" select="$value + 1"/>
  </xsl:accumulator>
  <xsl:accumulator name="ed:intervention" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="text//choice[sic] | text//supplied | text//gap" select="$value + 1"/>
  </xsl:accumulator>

  <!-- id="{$kind}{n}" for a block of the text, n from the accumulator named ed:{$kind}. -->
  <xsl:template name="ed:block-id">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:if test="ancestor::text">
      <xsl:attribute name="id" select="$kind || accumulator-before('ed:' || $kind)"/>
    </xsl:if>
  </xsl:template>

  <!-- id="{doc}-{$kind}{n}" for a mention or an intervention in the text. -->
  <xsl:template name="ed:place-id">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="accumulator" as="xs:string"/>
    <xsl:variable name="doc" select="root(.)/*/@xml:id"/>
    <xsl:if test="ancestor::text and ed:is-id($doc)">
      <xsl:attribute name="id" select="$doc || '-' || $kind || accumulator-before($accumulator)"/>
    </xsl:if>
  </xsl:template>

  <!-- Page breaks without a number get ids by count: "page-u1", "page-u2"… -->
  <xsl:accumulator name="ed:unnumbered-page" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="pb[not(@n)]" select="$value + 1"/>
  </xsl:accumulator>

  <xsl:template match="/">
    <xsl:apply-templates select="TEI" mode="html-document"/>
  </xsl:template>

  <xsl:mode name="html-document" on-no-match="shallow-skip" on-multiple-match="fail" use-accumulators="#all"/>

  <xsl:template match="TEI" mode="html-document">
    <article class="tei-document view-{ed:class-token($view)}" data-view="{ed:class-token($view)}">
      <xsl:if test="ed:is-id(@xml:id)"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
      <xsl:if test="ed:lang(@xml:lang)"><xsl:attribute name="lang" select="@xml:lang"/></xsl:if>
      <xsl:apply-templates select="teiHeader" mode="html-header"/>
      <div class="text">
        <xsl:apply-templates select="text/(front, body, back)" mode="html"/>
      </div>
      <xsl:call-template name="ed:notes-section"/>
    </article>
  </xsl:template>
</xsl:stylesheet>
