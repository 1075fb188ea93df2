<?xml version="1.0" encoding="UTF-8"?>
<!-- The source citation, one line built from sourceDesc/biblStruct, shared by the HTML header
     and the plain-text title block so both cite the source the same way. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ed="urn:edition:functions"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- 'Author, “Article”, Journal 26 (1967), Place: Publisher, pp. 661–88.' — the parts present; "pp."
       only before page numbers ("14 unnumbered typescript pages" stands as it is). -->
  <xsl:function name="ed:citation" as="xs:string">
    <xsl:param name="bibl" as="element(biblStruct)?"/>
    <xsl:variable name="a" select="$bibl/analytic"/>
    <xsl:variable name="m" select="$bibl/monogr"/>
    <xsl:variable name="imprint" select="$m/imprint"/>
    <xsl:variable name="authors" select="string-join(distinct-values(($a/author, $m[not($a/author)]/author) ! normalize-space(.)), ', ')"/>
    <xsl:variable name="parts" as="xs:string*" select="(
        $authors[. != ''],
        ($a/title)[1]/concat('“', normalize-space(.), '”'),
        string-join((
          ($m/title)[1]/normalize-space(),
          $m/editor ! concat('ed. ', normalize-space(.)),
          $imprint/biblScope[@unit = ('volume', 'issue')] ! normalize-space(.),
          $imprint/date[1] ! concat('(', normalize-space(.), ')')
        )[. != ''], ' '),
        string-join(($imprint/pubPlace, $imprint/publisher) ! normalize-space(.), ': ')[. != ''],
        ($imprint/biblScope[@unit = 'page'], $m/biblScope[@unit = 'page'], $a/biblScope[@unit = 'page'])[1] ! normalize-space(.) ! (if (matches(., '^\d+(\s*[–-]\s*\d+)?(\s*\(.*\))?$')) then 'pp. ' || . else .)
      )[. != '']"/>
    <xsl:sequence select="concat(string-join($parts, ', '), if (exists($parts)) then '.' else '')"/>
  </xsl:function>
</xsl:stylesheet>
