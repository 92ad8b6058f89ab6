{{ config(
    materialized='incremental',
    unique_key='report_id',
    incremental_strategy='delete+insert',
    pre_hook="{{ delete_changed_reports() }}",
    post_hook="{{ record_built_reports() }}",
) }}
-- Incremental by report (macros/incremental.sql): only the reports changed since the last build.
-- depends_on: {{ ref('stg_reports') }}
-- How many of each report's facts the indicator catalogue classifies. The
-- unclassified facts stay in fct_indicator_values (is_classified = false);
-- this counts them.
with values_ as (
    select * from {{ ref('fct_indicator_values') }}
    where {{ reports_to_build() }}
),

final as (
    select
        report_id,
        count(*) as n_facts,
        count(*) filter (where is_classified) as n_classified,
        count(*) filter (where not is_classified) as n_unclassified,
        round(count(*) filter (where is_classified) / count(*), 4) as classified_share
    from values_
    group by report_id
)

select * from final
