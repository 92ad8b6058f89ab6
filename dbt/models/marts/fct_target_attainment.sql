-- Grain: one target. The target for a year or plan period, matched with the
-- outcome a later report of the same place states for that period
-- (int_target_outcomes), and whether it was met.
--
-- How a target is judged: a one-sided target judges itself (以上: the outcome
-- must reach the lower bound; 以内: stay within the upper bound). A two-sided
-- one — exact, 左右, a range — is judged in the indicator's direction
-- (dim_indicator.target_direction): at_least (GDP growth, jobs) is met when the
-- outcome reaches the lower bound, at_most (prices, unemployment) when it stays
-- within the upper. 左右 allows the relative tolerance var('about_tolerance')
-- (default 5%): 7.5%左右 is met by 7.4%, 3%左右 as a ceiling is missed by 3.3%.
-- Values are compared in the base unit; the verdict is the macro attainment
-- (macros/attainment.sql), which fct_target_panel shares.
{{ config(
    materialized='incremental',
    unique_key='target_fact_id',
    incremental_strategy='delete+insert',
    pre_hook="{{ delete_changed_places('place', ['report_id', 'outcome_report_id']) }}",
    post_hook="{{ record_built_reports() }}",
) }}
-- Incremental by place (macros/incremental.sql): a changed report rebuilds its place's rows only.
-- depends_on: {{ ref('stg_reports') }}
{% set tolerance = var('about_tolerance', 0.05) %}
with targets as (
    select * from {{ ref('fct_targets') }}
    where {{ places_to_build('place', 'place', ['report_id', 'outcome_report_id']) }}
),

outcomes as (
    select * from {{ ref('int_target_outcomes') }}
),

indicators as (
    select * from {{ ref('dim_indicator') }}
),

reports as (
    select * from {{ ref('dim_report') }}
),

later_reports as (
    select targets.fact_id, count(reports.report_id) as n_later_reports
    from targets
    left join reports
        on reports.place = targets.place
        and reports.report_year > targets.report_year
        -- reports of unknown places are not one place (int_target_outcomes)
        and targets.place <> 'unknown'
    group by targets.fact_id
),

judged as (
    select
        targets.*,
        indicators.comparison_key is not null as is_comparable,
        case
            when targets.lower_bound_base is not null and targets.upper_bound_base is null then 'at_least'
            when targets.upper_bound_base is not null and targets.lower_bound_base is null then 'at_most'
            else indicators.target_direction
        end as judged_as,
        case
            when targets.qualifier = 'about' then targets.lower_bound_base - {{ tolerance }} * abs(targets.lower_bound_base)
            else targets.lower_bound_base
        end as lower_allowed_base,
        case
            when targets.qualifier = 'about' then targets.upper_bound_base + {{ tolerance }} * abs(targets.upper_bound_base)
            else targets.upper_bound_base
        end as upper_allowed_base
    from targets
    inner join indicators on indicators.indicator_id = targets.indicator_id
),

final as (
    select
        judged.fact_id as target_fact_id,
        judged.report_id,
        judged.place,
        judged.report_year,
        judged.indicator_id,
        judged.indicator,
        judged.indicator_code,
        judged.period_id,
        judged.plan_name,
        judged.base_period_id,
        judged.kind,
        judged.qualifier,
        judged.text as target_text,
        judged.value as target_value,
        judged.value_high as target_value_high,
        judged.unit,
        judged.lower_bound,
        judged.upper_bound,
        judged.base_unit,
        judged.lower_allowed_base,
        judged.upper_allowed_base,
        judged.judged_as,
        judged.is_comparable,
        judged.sentence as target_sentence,
        outcomes.outcome_fact_id,
        outcomes.outcome_report_id,
        outcomes.outcome_report_year,
        outcomes.outcome_status,
        outcomes.outcome_text,
        outcomes.outcome_value,
        outcomes.outcome_unit,
        outcomes.outcome_value_base,
        outcomes.outcome_sentence,
        later_reports.n_later_reports,
        {{ attainment('outcomes.outcome_fact_id', 'outcomes.outcome_value_base', 'judged.judged_as',
                      'judged.lower_allowed_base', 'judged.upper_allowed_base') }} as attainment
    from judged
    left join outcomes on outcomes.target_fact_id = judged.fact_id
    inner join later_reports on later_reports.fact_id = judged.fact_id
)

select * from final
