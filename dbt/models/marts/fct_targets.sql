{{ config(
    materialized='incremental',
    unique_key='report_id',
    incremental_strategy='delete+insert',
    pre_hook="{{ delete_changed_reports() }}",
    post_hook="{{ record_built_reports() }}",
) }}
-- Incremental by report (macros/incremental.sql): only the reports changed since the last build.
-- depends_on: {{ ref('stg_reports') }}
-- Targets only: what a report promises for a year or a plan period, with the
-- bounds its qualifier and range allow (lower_bound / upper_bound; null where
-- the target is open on that side). Quarantined facts (a broken parse) are left out.
with values_ as (
    select * from {{ ref('fct_indicator_values') }}
    where {{ reports_to_build() }}
),

reports as (
    select * from {{ ref('dim_report') }}
),

periods as (
    select * from {{ ref('dim_period') }}
),

final as (
    select
        values_.fact_id,
        values_.report_id,
        reports.place,
        reports.report_year,
        values_.indicator_id,
        values_.indicator,
        values_.indicator_code,
        values_.sector,
        values_.domain,
        values_.period_id,
        periods.period_type,
        periods.plan_name,
        values_.base_period_id,
        values_.kind,
        values_.qualifier,
        values_.text,
        values_.value,
        values_.value_high,
        values_.unit,
        values_.lower_bound,
        values_.upper_bound,
        values_.value_base,
        values_.base_unit,
        values_.lower_bound_base,
        values_.upper_bound_base,
        values_.section_role,
        values_.sentence,
        values_.char_offset
    from values_
    inner join reports on reports.report_id = values_.report_id
    left join periods on periods.period_id = values_.period_id
    where values_.status = 'target'
      and not values_.is_quarantined
)

select * from final
