{#-
  The tolerance of every data-quality check (README, "Data quality"), in one place,
  and the shape of their results (check_result_columns, at the end).

  A printed figure stands for an interval: half a unit in its last printed
  digit either side (35.1% is 35.05..35.15, 3500亿元 is 3499.5..3500.5), in
  the scale of the stored value (增长1.5倍 is stored as 150, so ±5). A figure
  written without digits (翻一番) or as a fraction (1/4) is exact. A qualifier
  opens one side: 以上/超过 (more_than) has no upper bound, 以内/不超过
  (less_than) no lower bound (sides swap for a fall, stored negative). A range
  2至3 runs from the low to the high figure, each with its half unit.

  Checks carry these intervals through their arithmetic by evaluating each
  monotone formula at the interval's ends (growth = end/start - 1 is lowest at
  end_low/start_high), and call a stated figure consistent when its interval
  and the implied interval overlap.
-#}

{% macro printed_half_unit(text, value) -%}
    (case
        when not regexp_matches({{ text }}, '[0-9０-９]') or {{ text }} like '%/%' then 0.0
        else 0.5
            * pow(10, -length(regexp_extract({{ text }}, '[0-9０-９][0-9０-９,，]*[.．]([0-9０-９]+)', 1)))
            -- The stored value may be scaled from the printed one (1.5倍 -> 150).
            * coalesce(abs({{ value }}) / nullif(abs(try_cast(
                replace(regexp_extract({{ text }}, '[0-9][0-9,]*(\.[0-9]+)?'), ',', '') as double)), 0), 1)
    end)
{%- endmacro %}

{% macro stated_low(value, value_high, half, qualifier) -%}
    (case
        when {{ qualifier }} = 'less_than' and {{ value }} >= 0 then '-infinity'::double
        when {{ qualifier }} = 'more_than' and {{ value }} < 0 then '-infinity'::double
        else least({{ value }}, coalesce({{ value_high }}, {{ value }})) - {{ half }}
    end)
{%- endmacro %}

{% macro stated_high(value, value_high, half, qualifier) -%}
    (case
        when {{ qualifier }} = 'more_than' and {{ value }} >= 0 then 'infinity'::double
        when {{ qualifier }} = 'less_than' and {{ value }} < 0 then 'infinity'::double
        else greatest({{ value }}, coalesce({{ value_high }}, {{ value }})) + {{ half }}
    end)
{%- endmacro %}

{#- Percent change from a start to an end level. -#}
{% macro pct_change(end_value, start_value) -%}
    (({{ end_value }}) / ({{ start_value }}) - 1) * 100
{%- endmacro %}

{#- Cumulative percent growth of an annual average percent over `years` years. -#}
{% macro compounded_pct(avg_pct, years) -%}
    (pow(1 + ({{ avg_pct }}) / 100, {{ years }}) - 1) * 100
{%- endmacro %}

{#- Annual average percent growth that turns a start level into an end level in `years` years. -#}
{% macro annualised_pct(end_value, start_value, years) -%}
    (pow(({{ end_value }}) / ({{ start_value }}), 1.0 / ({{ years }})) - 1) * 100
{%- endmacro %}

{#- Two intervals agree when they overlap. -#}
{% macro intervals_agree(a_low, a_high, b_low, b_high) -%}
    ({{ a_low }} <= {{ b_high }} and {{ b_low }} <= {{ a_high }})
{%- endmacro %}

{#- A consistency check's outcome over the columns stated_low/high and
    implied_low/high: 'pass' when they agree; otherwise 'explained' where a
    real (comparable-price) figure may differ from nominal levels and the check
    allows it, else 'fail'. -#}
{% macro check_status(explain_real=false) -%}
    (case
        when {{ intervals_agree('stated_low', 'stated_high', 'implied_low', 'implied_high') }} then 'pass'
        {%- if explain_real %}
        when price_basis = 'real' then 'explained'
        {%- endif %}
        else 'fail'
    end)
{%- endmacro %}

{#- A failed consistency check is a finding about the report (warning), not a broken parse. -#}
{% macro check_severity(status) -%}
    (case when {{ status }} = 'fail' then 'warning' else 'info' end)
{%- endmacro %}

{#-
  The columns every consistency check (fct_check_*) returns, in one order:
  what fct_check_results unions, `govreport quality` lists and the expectation
  suites (expectations/templates/consistency.json) validate; here, beside check_status and
  check_severity, because SQL linters load each macro file alone. A check passes the
  SQL for the columns that are not its own same-named columns, e.g.

      {{ check_result_columns('shares', message=message, status=check_status()) }}

  where `message` is set above the CTE with {% set message %}printf(…){% endset %}.
  The severity follows the status (check_severity) unless given.
-#}
{% macro check_result_columns(check_name, message, status='status', severity=none, offsets='offsets',
                              stated='stated', stated_low='stated_low', stated_high='stated_high',
                              implied='implied', implied_low='implied_low', implied_high='implied_high',
                              sentences='sentences') -%}
        fact_id as check_id,
        '{{ check_name }}' as check_name,
        report_id,
        fact_id,
        indicator,
        {{ offsets }} as offsets,
        {{ stated }} as stated,
        {{ stated_low }} as stated_low,
        {{ stated_high }} as stated_high,
        {{ implied }} as implied,
        {{ implied_low }} as implied_low,
        {{ implied_high }} as implied_high,
        price_basis,
        {{ status }} as status,
        {{ severity if severity is not none else check_severity(status) }} as severity,
        {{ message | trim }} as message,
        {{ sentences }} as sentences
{%- endmacro %}
