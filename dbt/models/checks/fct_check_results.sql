{{ config(
    materialized='incremental',
    unique_key='report_id',
    incremental_strategy='delete+insert',
    pre_hook="{{ delete_changed_reports() }}",
    post_hook="{{ record_built_reports() }}",
) }}
-- Incremental by report (macros/incremental.sql): only the reports changed since the last build.
-- depends_on: {{ ref('stg_reports') }}
-- Every check result in one shape (what `govreport quality` lists): the
-- consistency checks, one row each (pass / explained / fail); the structural
-- checks' failures, one row per fact and failed check ('quarantined', a warning,
-- where the rule quarantines the fact, see int_fact_structure); and each report
-- whose quarantined facts pass the limit, one 'fail' row naming them all.
-- Severity: a parse broken throughout a report is an 'error', an inconsistency
-- inside a report or a quarantined fact a 'warning', the rest 'info'.
{% set consistency = ['fct_check_growth_levels', 'fct_check_average_cumulative', 'fct_check_average_levels', 'fct_check_shares',
                      'fct_check_parts_within_totals', 'fct_check_multiples', 'fct_check_repeated_statements'] %}
{% set structural = [
    ('has_unit', 'the fact has no unit'),
    ('has_period', 'the fact has no period'),
    ('has_status', 'the fact has no status of the contract'),
    ('share_in_range', 'a share or rate outside [0, 100]'),
    ('list_complete', 'a 分别/各 list whose values and subjects differ in number'),
    ('bounds_ordered', 'a range whose bounds are out of order'),
] %}
with consistency as (
    {% for model in consistency %}
    -- One fact can be the subject of several checks: the id names the check too.
    select check_name || ':' || check_id as check_id, check_name, severity, status, report_id, offsets, stated, implied,
           implied_low, implied_high, message, sentences
    from {{ ref(model) }}
    where {{ reports_to_build() }}
    {% if not loop.last %}union all{% endif %}
    {% endfor %}
),

structure as (
    select * from {{ ref('fct_check_fact_structure') }}
    where {{ reports_to_build() }}
),

structural as (
    {% for flag, what in structural %}
    select
        'structure.{{ flag }}:' || fact_id as check_id,
        'structure.{{ flag }}' as check_name,
        'warning' as severity,
        {% if flag == 'has_period' %}'fail'{% else %}'quarantined'{% endif %} as status,
        report_id,
        [char_offset] as offsets,
        value as stated,
        {% if flag == 'list_complete' %}list_size::double{% else %}null::double{% endif %} as implied,
        null::double as implied_low,
        null::double as implied_high,
        printf('{{ what }}: %s (%s%s)', text, coalesce(nullif(indicator, ''), '?'),
            {% if flag == 'list_complete' %}printf(', %d values for %d subjects', list_values, list_size){% else %}''{% endif %}) as message,
        [sentence] as sentences
    from structure
    where not {{ flag }}
    {% if not loop.last %}union all{% endif %}
    {% endfor %}
),

quarantine as (
    select
        'quarantine:' || report_id as check_id,
        'quarantine' as check_name,
        'error' as severity,
        'fail' as status,
        report_id,
        quarantined_offsets as offsets,
        quarantined_share * 100 as stated,
        {{ var('quarantine_max_share') }} * 100 as implied,
        null::double as implied_low,
        null::double as implied_high,
        printf('%d of %d facts quarantined (%.1f%%%s)', n_quarantined, n_facts, quarantined_share * 100,
               coalesce(': ' || rules, '')) as message,
        quarantined_sentences as sentences
    from {{ ref('fct_check_quarantine') }}
    where {{ reports_to_build() }} and not within_limit
),

final as (
    select * from consistency
    union all
    select * from structural
    union all
    select * from quarantine
)

select * from final
