-- Grain: one cell — a place × period (a year, or a five-year plan) × headline
-- indicator (seed headline_indicators; its kind follows from the period) — for
-- every cell some report sets a target for. The target and the outcome are the
-- rank-1 candidates of fct_target_panel_candidates (the rules are there; the
-- other candidates stay there, never a second row here). The target is judged
-- as fct_target_attainment judges it (its judged_as and allowed bounds, and the
-- shared macro attainment), against the panel's own outcome.
--
-- gap: the outcome less the bound the target is judged against (the lower bound
-- of an at_least target, the upper of an at_most one), in the target's unit:
-- above the bound is positive. A 左右 target is met within about_tolerance of its
-- figure, so a slightly negative gap can still be met.
with candidates as (
    select * from {{ ref('fct_target_panel_candidates') }}
),

attainment as (
    select * from {{ ref('fct_target_attainment') }}
),

reports as (
    select * from {{ ref('dim_report') }}
),

units as (
    select * from {{ ref('dim_unit') }}
),

targets as (
    select * from candidates where role = 'target' and chosen
),

outcomes as (
    select * from candidates where role = 'outcome' and chosen
),

judged as (
    select
        targets.*,
        attainment.judged_as,
        attainment.lower_bound,
        attainment.upper_bound,
        attainment.lower_allowed_base,
        attainment.upper_allowed_base,
        case attainment.judged_as
            when 'at_least' then attainment.lower_bound
            else attainment.upper_bound
        end as target_bound,
        units.factor as target_factor
    from targets
    inner join attainment on attainment.target_fact_id = targets.fact_id
    left join units on units.unit = targets.unit
),

final as (
    select
        judged.cell_id,
        judged.place,
        judged.admin_code,
        reports.level,
        reports.province,
        reports.parent_place,
        reports.parent_code,
        judged.period_id,
        judged.period_type,
        judged.plan_name,
        judged.headline_code,
        judged.headline_name,
        judged.indicator_code,
        judged.kind,
        judged.unit,
        judged.judged_as,
        judged.report_id as target_report_id,
        judged.fact_id as target_fact_id,
        judged.indicator as target_indicator,
        judged.text as target_text,
        judged.value as target_value,
        judged.value_high as target_value_high,
        judged.qualifier as target_qualifier,
        judged.lower_bound as target_lower_bound,
        judged.upper_bound as target_upper_bound,
        judged.target_bound,
        judged.sentence as target_sentence,
        judged.n_candidates as n_target_candidates,
        outcomes.report_id as outcome_report_id,
        outcomes.report_year as outcome_report_year,
        outcomes.fact_id as outcome_fact_id,
        outcomes.indicator as outcome_indicator,
        outcomes.text as outcome_text,
        outcomes.value as outcome_value,
        outcomes.unit as outcome_unit,
        outcomes.status as outcome_status,
        outcomes.sentence as outcome_sentence,
        coalesce(outcomes.n_candidates, 0) as n_outcome_candidates,
        -- Rounded: 5.3 - 7.5 is -2.2, not -2.2000000000000002.
        round(outcomes.value_base / judged.target_factor - judged.target_bound, 6) as gap,
        {{ attainment('outcomes.fact_id', 'outcomes.value_base', 'judged.judged_as',
                      'judged.lower_allowed_base', 'judged.upper_allowed_base') }} as result
    from judged
    left join outcomes on outcomes.cell_id = judged.cell_id
    inner join reports on reports.report_id = judged.report_id
)

select * from final
