{{ config(
    materialized='incremental',
    unique_key='report_id',
    incremental_strategy='delete+insert',
    pre_hook="{{ delete_changed_reports() }}",
    post_hook="{{ record_built_reports() }}",
) }}
-- Incremental by report (macros/incremental.sql): only the reports changed since the last build.
-- depends_on: {{ ref('stg_reports') }}
-- Grain: one stated figure. Keys to every dimension (report, indicator,
-- period and base period, sector, unit); the value as stated and in the base
-- unit; the bounds its qualifier and range allow; the sentence it came from.
-- Quarantined facts (a broken parse, see int_fact_structure) stay here, flagged;
-- add `where not is_quarantined` to leave them out, as fct_targets does.
with facts as (
    select * from {{ ref('int_fact_structure') }}
    where {{ reports_to_build() }}
),

indicators as (
    select * from {{ ref('dim_indicator') }}
),

final as (
    select
        facts.fact_id,
        facts.report_id,
        indicators.indicator_id,
        facts.indicator,
        indicators.indicator_code,
        indicators.is_classified,
        indicators.sector,
        indicators.domain,
        facts.period as period_id,
        facts.base_period as base_period_id,
        facts.kind,
        facts.status,
        facts.qualifier,
        facts.text,
        facts.value,
        facts.value_high,
        facts.unit,
        facts.unit_class,
        facts.value_base,
        facts.value_high_base,
        facts.base_unit,
        facts.lower_bound,
        facts.upper_bound,
        facts.lower_bound_base,
        facts.upper_bound_base,
        facts.char_offset,
        facts.sentence,
        facts.sentence_offset,
        facts.section,
        facts.section_role,
        facts.list_id,
        facts.list_size,
        facts.name_rules,
        facts.name_confidence,
        facts.is_quarantined,
        facts.quarantine_rule
    from facts
    inner join indicators on indicators.indicator_name = facts.indicator and indicators.quantity = facts.quantity
)

select * from final
