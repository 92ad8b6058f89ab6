-- Each catalogue name and alias, to match a fact's indicator to a catalogue row.
with catalogue as (
    select * from {{ ref('indicators') }}
),

names as (
    select indicator_code, name as indicator_name from catalogue
    union
    select indicator_code, trim(alias) as indicator_name
    from catalogue, unnest(string_split(coalesce(aliases, ''), '|')) as t(alias)
    where trim(alias) <> ''
),

final as (
    select indicator_name, min(indicator_code) as indicator_code
    from names
    group by indicator_name
)

select * from final
