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
    {#- One pass over the wordings, the list number stripped once per wording (not once per
        pattern: 3× less CPU on lawtext's 124,000 wordings); each pattern gives its code or null. -#}
    select matched.indicator_id, matched.headline_code
    from (
        select
            bare.indicator_id,
            unnest([
                {%- for code, pattern in patterns %}
                case when regexp_full_match(bare.indicator_name, '{{ pattern | replace("'", "''") }}')
                    then '{{ code }}' end,
                {%- endfor %}
                null
            ]) as headline_code
        from (
            select indicator_id, regexp_replace(indicator_name, '^[0-9]+[.．、]?', '') as indicator_name
            from {{ relation }}
        ) as bare
    ) as matched
    where matched.headline_code is not null
{%- endmacro %}
