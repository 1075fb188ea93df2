<?xml version="1.0" encoding="UTF-8"?>
<!-- The index of persons: tei/persons.xml in, one entry per person (id = the person's id, so
     mentions link to #id or to the viewer's persons/id/ page), sorted by surname, with the
     documents that mention the person when $mentions is given. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ed="urn:edition:functions"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- <mentions><person id="…"><doc href="…">label</doc></person></mentions>, built by edition.render.mentions. -->
  <xsl:param name="mentions" as="document-node()?" select="()"/>
  <!-- true(): a complete HTML page around the index; false(): the <section> fragment alone. -->
  <xsl:param name="page" as="xs:boolean" select="false()"/>

  <xsl:output method="html" html-version="5" include-content-type="no" indent="no" encoding="UTF-8"/>

  <xsl:include href="common/functions.xsl"/>
  <xsl:include href="html/page.xsl"/>

  <xsl:mode on-no-match="shallow-skip" on-multiple-match="fail"/>
  <!-- A person's mentions by id: looking them up by a filter would scan every person's mentions for each entry. -->
  <xsl:key name="ed:mentioned" match="Q{}mentions/Q{}person" use="@id"/>

  <!-- One person entry. -->
  <xsl:mode name="persons" on-no-match="shallow-skip" on-multiple-match="fail"/>

  <xsl:template match="/">
    <xsl:variable name="index" as="element()">
      <section class="persons-index" aria-labelledby="persons-heading">
        <h1 id="persons-heading">Index of persons</h1>
        <xsl:apply-templates select="//listPerson/person[ed:is-id(@xml:id)]" mode="persons">
          <xsl:sort select="lower-case(normalize-space((persName[@type = 'pref']/surname, ed:pref-name(.))[1]))" lang="en"/>
        </xsl:apply-templates>
      </section>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$page">
        <xsl:call-template name="ed:page">
          <xsl:with-param name="title" select="'Index of persons'"/>
          <xsl:with-param name="content" select="$index"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:sequence select="$index"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="person" mode="persons">
    <xsl:variable name="id" select="string(@xml:id)"/>
    <xsl:variable name="docs" select="(if (exists($mentions)) then key('ed:mentioned', $id, $mentions) else ())/Q{}doc[matches(@href, '^[A-Za-z0-9_.~/#\-]+$')]"/>
    <article class="person-entry" id="{$id}">
      <h2><xsl:value-of select="ed:pref-name(.)"/></h2>
      <xsl:if test="birth or death">
        <p class="person-dates">
          <xsl:value-of select="if (not(death)) then 'born ' || ed:life-date(birth/date[1])
                                else if (not(birth)) then 'died ' || ed:life-date(death/date[1])
                                else ed:life-date(birth/date[1]) || '–' || ed:life-date(death/date[1])"/>
        </p>
      </xsl:if>
      <xsl:for-each select="occupation">
        <p class="occupation"><xsl:value-of select="normalize-space(.)"/></p>
      </xsl:for-each>
      <xsl:variable name="others" select="persName except (persName[@type = 'pref'])[1]"/>
      <xsl:if test="$others">
        <p class="other-names">
          <xsl:text>Also: </xsl:text>
          <xsl:for-each select="$others">
            <xsl:if test="position() gt 1"><xsl:text>; </xsl:text></xsl:if>
            <span class="name-{if (@type) then ed:class-token(@type) else 'other'}">
              <xsl:if test="ed:lang(@xml:lang)"><xsl:attribute name="lang" select="@xml:lang"/></xsl:if>
              <xsl:value-of select="normalize-space(.)"/>
            </span>
          </xsl:for-each>
        </p>
      </xsl:if>
      <xsl:for-each select="idno[@type = 'wikidata'][matches(normalize-space(.), '^Q[0-9]+$')]">
        <p class="authority"><a href="https://www.wikidata.org/wiki/{normalize-space(.)}">Wikidata <xsl:value-of select="normalize-space(.)"/></a></p>
      </xsl:for-each>
      <xsl:if test="$docs">
        <p class="mentions">
          <xsl:text>Mentioned in: </xsl:text>
          <xsl:for-each select="$docs">
            <xsl:if test="position() gt 1"><xsl:text>; </xsl:text></xsl:if>
            <a href="{@href}"><xsl:value-of select="."/></a>
          </xsl:for-each>
        </p>
      </xsl:if>
    </article>
  </xsl:template>

  <!-- A year of birth or death as printed in the index: 1895, "1895?" when uncertain, "?" unknown. -->
  <xsl:function name="ed:life-date" as="xs:string">
    <xsl:param name="date" as="element(date)?"/>
    <xsl:variable name="value" select="($date/@when, $date/@notBefore, $date/@from)[1]"/>
    <xsl:sequence select="if (matches(string($value), '^\d{4}')) then substring($value, 1, 4) || (if ($date/@cert = ('low', 'medium')) then '?' else '')
                          else if (normalize-space($date)) then normalize-space($date) else '?'"/>
  </xsl:function>
</xsl:stylesheet>
