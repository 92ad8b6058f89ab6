-- A table, not a view: the attainment mart, the panel and their tests each read it.
{{ config(materialized='table') }}
-- For each target, the outcome a later report of the same place states for
-- the same period: like with like only — same comparison key (indicator code
-- or wording, see dim_indicator), same kind (a growth target against a stated
-- growth, a level against a level), same base unit, and, for changes, the same
-- base period where both give one. Of several candidates the earliest later
-- report wins, then an actual figure over an estimate (预计), then an exact
-- figure over a rounded or bounded one, then the first stated.
with targets as (
    select * from {{ ref('fct_targets') }}
),

values_ as (
    select * from {{ ref('fct_indicator_values') }}
),

reports as (
    select * from {{ ref('dim_report') }}
),

indicators as (
    select * from {{ ref('dim_indicator') }}
),

keyed_targets as (
    select targets.*, indicators.comparison_key
    from targets
    inner join indicators on indicators.indicator_id = targets.indicator_id
),

outcomes as (
    select values_.*, reports.place, reports.report_year, indicators.comparison_key
    from values_
    inner join reports on reports.report_id = values_.report_id
    inner join indicators on indicators.indicator_id = values_.indicator_id
    where values_.status in ('actual', 'expected')
      and not values_.is_quarantined
),

candidates as (
    select
        keyed_targets.fact_id as target_fact_id,
        outcomes.fact_id as outcome_fact_id,
        outcomes.report_id as outcome_report_id,
        outcomes.report_year as outcome_report_year,
        outcomes.status as outcome_status,
        outcomes.qualifier as outcome_qualifier,
        outcomes.text as outcome_text,
        outcomes.value as outcome_value,
        outcomes.unit as outcome_unit,
        outcomes.value_base as outcome_value_base,
        outcomes.sentence as outcome_sentence,
        row_number() over (
            partition by keyed_targets.fact_id
            order by
                outcomes.report_year,
                case outcomes.status when 'actual' then 0 else 1 end,
                case outcomes.qualifier when 'exact' then 0 else 1 end,
                outcomes.char_offset
        ) as pick
    from keyed_targets
    inner join outcomes
        on outcomes.place = keyed_targets.place
        and outcomes.report_year > keyed_targets.report_year
        and outcomes.period_id = keyed_targets.period_id
        and outcomes.comparison_key = keyed_targets.comparison_key
        and outcomes.kind = keyed_targets.kind
        and outcomes.base_unit = keyed_targets.base_unit
        and (
            keyed_targets.base_period_id is null
            or outcomes.base_period_id is null
            or outcomes.base_period_id = keyed_targets.base_period_id
        )
),

final as (
    select * exclude (pick) from candidates where pick = 1
)

select * from final
