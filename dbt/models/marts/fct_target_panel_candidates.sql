-- Grain: one fact that could fill a cell of the target panel (fct_target_panel)
-- — a place × period × headline indicator — as its target or its outcome, with
-- its rank among the cell's candidates; the rank-1 target and outcome fill the
-- panel (chosen), the others stay here for review.
--
-- A fact states a headline (seed headline_indicators) when its wording is a
-- catalogue name or alias of the headline's indicator or matches the headline's
-- `wordings` in full, and it is of the headline's kind (`kind` for a year,
-- `plan_kind` for a five-year plan) and base unit (% for rates, 人 for jobs).
-- Quarantined facts never enter; neither do reports of an unknown place.
--
-- Targets of a cell: for a year, those of the report delivered in that year
-- (the year's own 主要预期目标, not a medium-term goal an earlier report set for
-- it); for a plan period, those of the reports delivered within it. A growth
-- target for a year is against the year before (or states no base). Ranked:
--   1. the earliest report (for a plan period; a year has one);
--   2. the headline sentence: one that names the 主要(预期)目标 (or 主要指标), or
--      opens a list with 预期目标是： / 发展目标为：;
--   3. the wording: the catalogue's name or an alias, before one of `wordings`;
--   4. the first stated (char_offset).
-- Outcomes of a cell: actual or expected figures of the same place and period
-- in a report delivered after the period, against the chosen target's base
-- period where both state one. Ranked:
--   1. an actual figure before an estimate (预计), even from a later report;
--   2. the earliest report;
--   3. the wording, as for targets;
--   4. an exact figure before a rounded or bounded one (约, 以上);
--   5. the first stated.
{{ config(
    materialized='incremental',
    unique_key='fact_id',
    incremental_strategy='delete+insert',
    pre_hook="{{ delete_changed_places(cell_place_key(), ['report_id'], cell_place_key()) }}",
    post_hook="{{ record_built_reports() }}",
) }}
-- Incremental by place (macros/incremental.sql): a changed report rebuilds the cells of its
-- place only (a cell's place key: its division code, else its place).
-- depends_on: {{ ref('stg_reports') }}
{% set headline_sentence = '主要(预期)?(目标|指标)|(预期|发展)(目标|指标)(是|为)?[：:]' %}
with headlines as (
    select * from {{ ref('stg_headline_indicators') }}
),

values_ as (
    select * from {{ ref('fct_indicator_values') }}
),

reports as (
    select * from {{ ref('dim_report') }}
    where {{ places_to_build(cell_place_key(), cell_place_key(), ['report_id'], cell_place_key()) }}
),

periods as (
    select * from {{ ref('dim_period') }}
),

indicators as (
    select * from {{ ref('dim_indicator') }}
),

-- Wordings that match a headline's `wordings` in full (macros/headlines.sql).
pattern_matches as (
    {{ headline_pattern_matches('indicators') }}
),

-- Wordings that are a catalogue name or alias of a headline's indicator.
catalogue_matches as (
    select
        indicators.indicator_id,
        headlines.headline_code
    from indicators
    inner join headlines on indicators.indicator_code = headlines.indicator_code
    where indicators.matched_by = 'exact'
),

-- Each wording that states a headline: a catalogue name or alias of its
-- indicator, or one of the headline's `wordings` (matched once per wording, not
-- once per fact). A longer wording that merely ends in a name (兵团生产总值,
-- 农民人均可支配收入, 带动全社会固定资产投资) is no headline unless `wordings` says so.
headline_wordings as (
    select
        indicators.indicator_id,
        headlines.headline_code,
        headlines.name as headline_name,
        headlines.indicator_code as headline_indicator_code,
        headlines.kind as year_kind,
        nullif(headlines.plan_kind, '') as plan_kind,
        headlines.base_unit as headline_base_unit,
        indicators.matched_by = 'exact' and indicators.indicator_code = headlines.indicator_code as is_catalogue_name
    from (
        select indicator_id, headline_code from catalogue_matches
        union
        select indicator_id, headline_code from pattern_matches
    ) as matched
    inner join indicators on matched.indicator_id = indicators.indicator_id
    inner join headlines on matched.headline_code = headlines.headline_code
),

headline_facts as (
    select
        coalesce(reports.admin_code, reports.place) || ':' || values_.period_id || ':' || headline_wordings.headline_code
            as cell_id,
        reports.place,
        reports.admin_code,
        values_.period_id,
        periods.period_type,
        periods.start_year,
        periods.end_year,
        periods.plan_name,
        headline_wordings.headline_code,
        headline_wordings.headline_name,
        headline_wordings.headline_indicator_code,
        headline_wordings.is_catalogue_name,
        regexp_matches(values_.sentence, '{{ headline_sentence }}') as is_headline_sentence,
        values_.fact_id,
        values_.report_id,
        reports.report_year,
        values_.indicator,
        values_.kind,
        values_.status,
        values_.qualifier,
        values_.text,
        values_.value,
        values_.value_high,
        values_.unit,
        values_.value_base,
        values_.base_unit,
        values_.base_period_id,
        values_.sentence,
        values_.char_offset
    from values_
    inner join headline_wordings on headline_wordings.indicator_id = values_.indicator_id
    inner join reports on reports.report_id = values_.report_id
    inner join periods on periods.period_id = values_.period_id
    where not values_.is_quarantined
      and reports.place <> 'unknown'
      and values_.status in ('target', 'actual', 'expected')
      and values_.base_unit = headline_wordings.headline_base_unit
      and (
          (periods.period_type = 'year' and values_.kind = headline_wordings.year_kind
           and (values_.kind not in ('growth', 'avg_annual_growth')
                or values_.base_period_id is null
                or values_.base_period_id = cast(periods.start_year - 1 as varchar)))
          or (periods.period_type = 'span' and periods.plan_name is not null
              and values_.kind = headline_wordings.plan_kind)
      )
),

target_candidates as (
    select
        *,
        row_number() over (
            partition by cell_id
            -- fact_id last: one number can state two facts at one offset; the order must not be left to chance
            order by report_year asc, is_headline_sentence desc, is_catalogue_name desc, char_offset asc, fact_id asc
        ) as candidate_rank
    from headline_facts
    where status = 'target'
      and report_year between start_year and end_year
),

chosen_targets as (
    select * from target_candidates where candidate_rank = 1
),

outcome_candidates as (
    select
        outcomes.*,
        row_number() over (
            partition by outcomes.cell_id
            order by
                case outcomes.status when 'actual' then 0 else 1 end asc,
                outcomes.report_year asc,
                outcomes.is_catalogue_name desc,
                case outcomes.qualifier when 'exact' then 0 else 1 end asc,
                outcomes.char_offset asc,
                outcomes.fact_id asc
        ) as candidate_rank
    from headline_facts as outcomes
    inner join chosen_targets
        on chosen_targets.cell_id = outcomes.cell_id
        and (chosen_targets.base_period_id is null
             or outcomes.base_period_id is null
             or outcomes.base_period_id = chosen_targets.base_period_id)
    where outcomes.status in ('actual', 'expected')
      and outcomes.report_year > outcomes.end_year
),

candidates as (
    select 'target' as role, * from target_candidates
    union all by name
    select 'outcome' as role, * from outcome_candidates
),

final as (
    select
        cell_id,
        place,
        admin_code,
        period_id,
        period_type,
        plan_name,
        headline_code,
        headline_name,
        headline_indicator_code as indicator_code,
        kind,
        role,
        candidate_rank,
        candidate_rank = 1 as chosen,
        count(*) over (partition by cell_id, role) as n_candidates,
        fact_id,
        report_id,
        report_year,
        indicator,
        status,
        qualifier,
        text,
        value,
        value_high,
        unit,
        value_base,
        base_period_id,
        is_headline_sentence,
        is_catalogue_name,
        sentence,
        char_offset
    from candidates
)

select * from final
