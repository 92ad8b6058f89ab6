{#-
  How a target is judged against an outcome (README, "Targets against
  outcomes"), in one place: fct_target_attainment judges every target with it,
  fct_target_panel the headline targets of its cells.

  judged_as is at_least (the outcome must reach lower_allowed) or at_most (it
  must stay within upper_allowed); the allowed bounds already carry the
  about_tolerance of a 左右 target. All values in the base unit.
-#}

{% macro attainment(outcome_fact_id, outcome_value_base, judged_as, lower_allowed_base, upper_allowed_base) -%}
    (case
        when {{ outcome_fact_id }} is null then 'no outcome yet'
        when {{ judged_as }} = 'at_least' and {{ outcome_value_base }} >= {{ lower_allowed_base }} then 'met'
        when {{ judged_as }} = 'at_most' and {{ outcome_value_base }} <= {{ upper_allowed_base }} then 'met'
        else 'missed'
    end)
{%- endmacro %}
