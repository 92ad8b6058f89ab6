{#-
  The target panel's headline wordings (seed headline_indicators, column
  `wordings`): the SQL selecting (indicator_id, headline_code) of the wordings
  in `relation` (dim_indicator or a CTE of it) that match a headline's pattern
  in full. The patterns are read when dbt executes the model and written into
  the SQL as constants: DuckDB compiles a regular expression taken from a column
  once per row (minutes on a large collection), a constant one once. While dbt
  only parses, and for a SQL linter rendering the Jinja alone, it selects nothing.
  A list's number the parser left on a wording (1城镇新增就业) is no part of it.
-#}

{% macro headline_pattern_matches(relation) %}
    {%- set patterns = [] -%}
    {%- if execute and run_query is defined -%}
        {%- set rows = run_query("select headline_code, wordings from " ~ ref('stg_headline_indicators')
                                 ~ " where coalesce(wordings, '') <> '' order by headline_code") -%}
        {%- for row in rows %}{% do patterns.append((row[0], row[1])) %}{% endfor -%}
    {%- endif -%}
    {%- for code, pattern in patterns %}
    select indicator_id, '{{ code }}' as headline_code
    from {{ relation }}
    where regexp_full_match(regexp_replace(indicator_name, '^[0-9]+[.．、]?', ''),
                            '{{ pattern | replace("'", "''") }}')
    union all
    {%- endfor %}
    select null as indicator_id, null as headline_code where false
{%- endmacro %}
