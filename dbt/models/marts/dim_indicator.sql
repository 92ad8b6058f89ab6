-- Every indicator name that occurs in the facts, classified through the
-- catalogue where it matches a name or alias; the rest stay, unclassified.
with facts as (
    select distinct indicator from {{ ref('stg_facts') }}
),

names as (
    select * from {{ ref('int_indicator_names') }}
),

catalogue as (
    select * from {{ ref('indicators') }}
),

final as (
    select
        md5(facts.indicator) as indicator_id,
        facts.indicator as indicator_name,
        names.indicator_code,
        catalogue.name as canonical_name,
        catalogue.name_en,
        coalesce(catalogue.sector, 'unclassified') as sector,
        coalesce(catalogue.domain, 'unclassified') as domain,
        coalesce(catalogue.price_basis, 'nominal') as price_basis,
        names.indicator_code is not null as is_classified
    from facts
    left join names on names.indicator_name = facts.indicator
    left join catalogue on catalogue.indicator_code = names.indicator_code
)

select * from final
