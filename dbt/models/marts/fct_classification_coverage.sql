-- How many of each report's facts the indicator catalogue classifies. The
-- unclassified facts stay in fct_indicator_values (is_classified = false);
-- this counts them.
with values_ as (
    select * from {{ ref('fct_indicator_values') }}
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
