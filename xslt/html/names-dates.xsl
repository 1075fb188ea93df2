<?xml version="1.0" encoding="UTF-8"?>
<!-- Persons and dates. A mention links to its entry in the index of persons (the href is built
     only from a validated id); a date is <time datetime>; a range or fuzzy date keeps both ends
     in data attributes: datetime is the earliest point (from / notBefore), data-to or
     data-not-after the latest, so scripts and search can use the whole span. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ed="urn:edition:functions"
    xmlns:ids="urn:edition:ids"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- An entry of a register (persons.xml, places.xml, organisations.xml) by its id. -->
  <xsl:key name="ed:entry" match="person | place | org" use="@xml:id"/>

  <!-- A name that points nowhere usable stays text, marked as a name. -->
  <xsl:template match="persName" mode="html">
    <span class="person unresolved"><xsl:apply-templates select="@ids:id" mode="html-id"/><xsl:apply-templates select="@xml:lang" mode="html-attributes"/><xsl:apply-templates mode="html"/></span>
  </xsl:template>

  <!-- ids:entry: the person the @ref names, resolved before the transform (src/edition/tei/refs.py). -->
  <xsl:template match="persName[@ids:entry]" mode="html">
    <xsl:variable name="id" select="string(@ids:entry)"/>
    <xsl:variable name="entry" select="if (exists($personography)) then key('ed:entry', $id, $personography) else ()"/>
    <xsl:choose>
      <!-- Not found, or holding a note marker (a link itself): a marked name, not a link. -->
      <xsl:when test="(exists($personography) and empty($entry)) or .//ref[@type = 'noteAnchor'] or .//note">
        <span class="person unresolved" data-person="{$id}"><xsl:apply-templates select="@ids:id" mode="html-id"/><xsl:apply-templates select="@xml:lang" mode="html-attributes"/><xsl:apply-templates mode="html"/></span>
      </xsl:when>
      <xsl:otherwise>
        <a class="person{if (@cert = 'low') then ' cert-low' else ''}" href="{$persons-base}{$id}{$persons-suffix}"
           data-person="{$id}" title="{ed:entry-title(., $entry[1])}">
          <xsl:apply-templates select="@ids:id" mode="html-id"/>
          <xsl:apply-templates select="@xml:lang" mode="html-attributes"/>
          <xsl:apply-templates mode="html"/>
        </a>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A name inside a link (a nested mention) must not make a link inside a link. -->
  <xsl:template match="persName//persName" mode="html" priority="2">
    <xsl:apply-templates mode="html"/>
  </xsl:template>

  <xsl:template match="date" mode="html">
    <xsl:variable name="start" select="ed:iso-date((@when, @from, @notBefore)[1])"/>
    <xsl:variable name="end" select="ed:iso-date((@to, @notAfter)[1])"/>
    <xsl:choose>
      <xsl:when test="exists($start) or exists($end)">
        <time class="date" datetime="{($start, $end)[1]}">
          <xsl:apply-templates select="@ids:id" mode="html-id"/>
          <xsl:if test="@from or @to">
            <xsl:if test="ed:iso-date(@from)"><xsl:attribute name="data-from" select="@from"/></xsl:if>
            <xsl:if test="ed:iso-date(@to)"><xsl:attribute name="data-to" select="@to"/></xsl:if>
          </xsl:if>
          <xsl:if test="ed:iso-date(@notBefore)"><xsl:attribute name="data-not-before" select="@notBefore"/></xsl:if>
          <xsl:if test="ed:iso-date(@notAfter)"><xsl:attribute name="data-not-after" select="@notAfter"/></xsl:if>
          <xsl:if test="@evidence = 'conjecture'"><xsl:attribute name="data-evidence" select="'conjecture'"/></xsl:if>
          <xsl:apply-templates mode="html"/>
        </time>
      </xsl:when>
      <xsl:otherwise>
        <span class="date"><xsl:apply-templates select="@ids:id" mode="html-id"/><xsl:apply-templates mode="html"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
