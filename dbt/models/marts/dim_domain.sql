-- The policy domains of the catalogue (seeds/domains.csv), and `unclassified`
-- for facts whose indicator the catalogue does not know.
with domains as (
    select * from {{ ref('stg_domains') }}
),

final as (
    select domain, name_zh, sort_order from domains
    union all
    select 'unclassified', '未分类', 99
)

select * from final
