-- Every word the catalogue knows an indicator by: its canonical name, its
-- aliases (other full names) and its keywords (fragments that identify it
-- inside a longer wording). A term that two rows claim goes to the stronger
-- claim (name before alias before keyword), so each term means one indicator.
with catalogue as (
    select * from {{ ref('stg_indicators') }}
),

terms as (
    select indicator_code, name as term, 'name' as term_type, 1 as strength
    from catalogue
    union all
    select indicator_code, trim(t.term), 'alias', 2
    from catalogue, unnest(string_split(coalesce(aliases, ''), '|')) as t(term)
    where trim(t.term) <> ''
    union all
    select indicator_code, trim(t.term), 'keyword', 3
    from catalogue, unnest(string_split(coalesce(keywords, ''), '|')) as t(term)
    where trim(t.term) <> ''
),

ranked as (
    select
        *,
        row_number() over (partition by term order by strength, indicator_code) as pick
    from terms
),

final as (
    select
        term,
        indicator_code,
        term_type,
        length(term) as term_length
    from ranked
    where pick = 1
)

select * from final
