{{ config(
    materialized='incremental',
    unique_key='report_id',
    incremental_strategy='delete+insert',
    pre_hook="{{ delete_changed_reports() }}",
    post_hook="{{ record_built_reports() }}",
) }}
-- Incremental by report (macros/incremental.sql): only the reports changed since the last build.
-- depends_on: {{ ref('stg_reports') }}
-- Structural checks on the parse, one row per fact (int_fact_structure): a unit,
-- a period and a status of the contract; a share or rate within [0, 100]; a
-- 分别/各 list with as many values as subjects; a range whose bounds are in
-- order. A false flag is a broken parse, not a finding about the report: the
-- fact is quarantined (quarantine_rule names the first rule it breaks).
with facts as (
    select * from {{ ref('int_fact_structure') }}
    where {{ reports_to_build() }}
),

final as (
    select
        fact_id,
        report_id,
        char_offset,
        text,
        indicator,
        kind,
        value,
        unit,
        status,
        sentence,
        list_id,
        list_values,
        list_size,
        has_unit,
        has_period,
        has_status,
        share_in_range,
        list_complete,
        bounds_ordered,
        is_quarantined,
        quarantine_rule
    from facts
)

select * from final
