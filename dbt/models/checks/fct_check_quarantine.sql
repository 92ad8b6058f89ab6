{{ config(
    materialized='incremental',
    unique_key='report_id',
    incremental_strategy='delete+insert',
    pre_hook="{{ delete_changed_reports() }}",
    post_hook="{{ record_built_reports() }}",
) }}
-- Incremental by report (macros/incremental.sql): only the reports changed since the last build.
-- depends_on: {{ ref('stg_reports') }}
-- Check: the share of each report's facts that are quarantined (a broken parse,
-- see int_fact_structure). A few odd sentences in a long report are expected and
-- only quarantined; a report whose parse is broken throughout fails the run.
-- Limit (dbt vars): more than quarantine_max_share of its facts AND at least
-- quarantine_min_facts facts. One row per report.
with facts as (
    select * from {{ ref('int_fact_structure') }}
    where {{ reports_to_build() }}
),

-- A sentence is listed once, where its first quarantined fact is: in text order, so that
-- a rebuild lists them as a build from scratch does (list(distinct …) has no order).
numbered as (
    select
        *,
        row_number() over (partition by report_id, sentence, is_quarantined order by char_offset) as nth_in_sentence
    from facts
),

per_report as (
    select
        report_id,
        count(*) as n_facts,
        count(*) filter (where is_quarantined) as n_quarantined,
        string_agg(distinct quarantine_rule, ', ' order by quarantine_rule) as rules,
        list(char_offset order by char_offset) filter (where is_quarantined) as quarantined_offsets,
        list(sentence order by char_offset) filter (where is_quarantined and nth_in_sentence = 1)
            as quarantined_sentences
    from numbered
    group by report_id
),

final as (
    select
        report_id,
        n_facts,
        n_quarantined,
        n_quarantined / n_facts as quarantined_share,
        rules,
        coalesce(quarantined_offsets, []) as quarantined_offsets,
        coalesce(quarantined_sentences, []) as quarantined_sentences,
        not (n_quarantined >= {{ var('quarantine_min_facts') }}
             and n_quarantined / n_facts > {{ var('quarantine_max_share') }}) as within_limit
    from per_report
)

select * from final
