-- A table, not a view: the attainment mart, the panel and their tests each read it.
-- Incremental by place (macros/incremental.sql): a changed report rebuilds its place's rows only.
{{ config(
    materialized='incremental',
    unique_key='target_fact_id',
    incremental_strategy='delete+insert',
    pre_hook="{{ delete_changed_places('target_place', ['target_report_id', 'outcome_report_id']) }}",
    post_hook="{{ record_built_reports() }}",
) }}
-- depends_on: {{ ref('stg_reports') }}
-- For each target, the outcome a later report of the same place states for
-- the same period: like with like only — same comparison key (indicator code
-- or wording, see int_indicator_wordings), same kind (a growth target against a stated
-- growth, a level against a level), same base unit, and, for changes, the same
-- base period where both give one. Of several candidates the earliest later
-- report wins, then an actual figure over an estimate (预计), then an exact
-- figure over a rounded or bounded one, then the first stated.
with facts as (
    select * from {{ ref('int_fact_structure') }}
),

reports as (
    select * from {{ ref('stg_reports') }}
),

wordings as (
    select * from {{ ref('int_indicator_wordings') }}
),

-- Facts of reports whose place is known (a report of an unknown place has no
-- later report of the same place), with what comparing them needs. Quarantined
-- facts (a broken parse) are neither targets nor outcomes.
placed_facts as (
    select
        facts.fact_id,
        facts.report_id,
        facts.status,
        facts.kind,
        facts.qualifier,
        facts.text,
        facts.value,
        facts.unit,
        facts.value_base,
        facts.base_unit,
        facts.period as period_id,
        facts.base_period as base_period_id,
        facts.sentence,
        facts.char_offset,
        reports.place,
        reports.report_year,
        wordings.comparison_key
    from facts
    inner join reports on reports.report_id = facts.report_id
    inner join wordings on wordings.indicator_name = facts.indicator and wordings.quantity = facts.quantity
    where not facts.is_quarantined
      and reports.place is not null
      and {{ places_to_build('reports.place', 'target_place', ['target_report_id', 'outcome_report_id']) }}
),

keyed_targets as (
    select * from placed_facts where status = 'target'
),

outcomes as (
    select * from placed_facts where status in ('actual', 'expected')
),

candidates as (
    select
        keyed_targets.fact_id as target_fact_id,
        keyed_targets.report_id as target_report_id,
        keyed_targets.place as target_place,
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
                outcomes.char_offset,
                outcomes.fact_id
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
