-- A table, not a view: matching every wording against every catalogue term is
-- the costliest query of the build (114,730 wordings x 1,668 terms on lawtext),
-- and dim_indicator and five tests read it; as a view each re-ran it
-- (benchmarks/BENCHMARKS.md: dbt 90 -> 57 CPU-s, peak 3.6 -> 2.9 GB).
{{ config(
    materialized='incremental',
    unique_key=['indicator', 'quantity'],
    incremental_strategy='delete+insert',
    pre_hook="{{ delete_unstated_wordings() }}",
    post_hook="{{ record_built_reports() }}",
) }}
-- Incremental by wording (macros/incremental.sql): a run matches only the wordings
-- of the reports changed since the last build (a wording's match depends on it and
-- the catalogue alone); wordings no report states any more are deleted.
-- depends_on: {{ ref('stg_reports') }}
-- Each indicator wording found in the facts, stated as one kind of quantity
-- (int_facts_normalised.quantity: ratio, money, people, count …), matched to
-- the catalogue:
-- 1. exactly, by a canonical name or alias;
-- 2. otherwise by the longest name, alias or keyword the wording contains
--    (区本级固定资产投资 → 固定资产投资), so that unseen wordings still classify.
--    Between equally long terms the one ending last wins: a Chinese noun
--    phrase ends in its head (旅游收入 is a 收入, not a 旅游). A share names
--    its subject before 占 or 相当于 (高新技术产业增加值占规模以上工业增加值比重
--    is about 高新技术产业), so only that part is searched (占用 and 占地 are
--    not shares, 占地区生产总值 is); a term that itself names a share
--    (研发投入占, R&D intensity) is searched in the whole wording and wins.
--    A measure word (人数, 人次, 规模, 金额, 产量 …) is no head: it is a quantity
--    of the thing named before it (参保人数 is about 参保, 旅游接待人次 about 旅游),
--    so a term followed only by measure words counts as ending the wording, and
--    a term that is a bare measure word classifies only when no other term is there.
-- The fact's quantity must fit the indicator (seed indicators.level_classes):
-- a count in 个 is not a GDP nor a growth rate, a level in 亿元 is not a number
-- of enterprises. A growth, share or rate is stated of any indicator; a bare
-- number or unknown unit fits any. When the best term's indicator does not fit,
-- only a term heading the wording may classify it instead. Where the
-- indicator counts one thing (indicators.count_nouns: 岗位 for new urban jobs),
-- a count fits only when that noun, a measure word or a predicate follows the
-- term: 就业驿站 N个 counts stations, 就业见习岗位 N个 internships.
-- Generic achievement phrases (新台阶, 新突破, 新水平, 历史新高, 大关 …) are no
-- indicator and are masked before matching: 新台阶 alone is unclassified,
-- 经济总量迈上新台阶 is still about 经济总量, 国家先进水平 is not about 水.
-- Wordings that contain no fitting catalogue term are absent here: unclassified.
with facts as (
    select distinct indicator, quantity from {{ ref('int_facts_normalised') }}
    where {{ reports_to_build() }}
),

wordings as (
    select
        indicator,
        regexp_replace(
            indicator,
            '(新台阶|台阶|新突破|突破|新水平|水平|历史新高|新高|大关|新跨越|跨越|新纪录|纪录)',
            ' ', 'g'
        ) as whole
    from (select distinct indicator from facts)
),

searched as (
    select
        indicator,
        whole,
        coalesce(nullif(regexp_replace(whole, '(占([^用地]|地区|$)|相当于).*$', ''), ''), whole) as subject
    from wordings
),

terms as (
    select
        terms.*,
        catalogue.level_classes,
        coalesce(catalogue.count_nouns, '') as count_nouns,
        regexp_matches(terms.term, '占|相当于') as names_share
    from {{ ref('int_indicator_terms') }} as terms
    inner join {{ ref('stg_indicators') }} as catalogue on catalogue.indicator_code = terms.indicator_code
),

-- The terms each wording contains, found by a hash join: the wording's substrings
-- of every length a term has, joined to the terms by equality (~50 pieces per
-- wording), not contains() over every wording x term pair (191 M tests, the build's
-- costliest query on lawtext). The subject is a prefix of the wording, so a piece
-- lies in it when it ends within the subject's length.
term_lengths as (
    select distinct term_length from terms
),

starts as (
    select
        searched.indicator,
        searched.whole,
        searched.subject,
        term_lengths.term_length,
        unnest(range(1, length(searched.whole) - term_lengths.term_length + 2)) as start
    from searched
    inner join term_lengths on term_lengths.term_length <= length(searched.whole)
),

pieces as (
    select
        indicator,
        whole,
        subject,
        substr(whole, start, term_length) as piece,
        start + term_length - 1 <= length(subject) as in_subject
    from starts
),

contained as (
    select distinct
        pieces.indicator,
        terms.*,
        case when terms.names_share then pieces.whole else pieces.subject end as searched_text
    from pieces
    inner join terms on terms.term = pieces.piece
    where terms.names_share or pieces.in_subject
),

located as (
    select
        *,
        -- what follows the term's last occurrence
        right(searched_text, strpos(reverse(searched_text), reverse(term)) - 1) as tail
    from contained
),

candidates as (
    select
        facts.indicator,
        facts.quantity,
        located.indicator_code,
        case
            when located.term_type in ('name', 'alias') and located.term = facts.indicator then 'exact'
            when located.term_type = 'keyword' then 'keyword'
            else 'name_contained'
        end as matched_by,
        located.term as matched_term,
        located.term_type,
        located.term_length,
        length(located.tail) as chars_after,
        -- The term heads the wording: nothing but measure words follow it.
        regexp_full_match(located.tail, '(数|数量|总数|个数|总量|总额|额|量|规模|率|比重|比例|人数|人次|金额|产量)*') as is_head,
        -- The term is itself a measure word (人数, 规模 …): a quantity of something.
        regexp_full_match(located.term, '(数|数量|总数|个数|总量|总额|额|量|规模|率|比重|比例|人数|人次|金额|产量)+') as is_measure_word,
        located.names_share,
        -- The fact's quantity fits the indicator.
        (
            facts.quantity in ('ratio', 'number')
            or list_contains(string_split(located.level_classes, '|'), facts.quantity)
        )
        and (
            facts.quantity not in ('count', 'households')
            or located.count_nouns = ''
            -- the counted noun, a measure word or a predicate (达到, 力争 …) follows;
            -- the nouns by starts_with, not in a regex built per row (compiled
            -- 287 k times, that regex took 35 s of this model on lawtext); sqlfluff reads the lambda as columns
            or list_bool_or(list_transform(
                string_split(located.count_nouns, '|'), lambda noun: starts_with(located.tail, noun)  -- noqa: RF02
            ))
            or regexp_matches(
                located.tail,
                '^(数|数量|总数|个数|总量|达到|达|力争|突破|超过|超|实现|完成|增加|增长|提高|保持|稳定|以上|左右|分别|均|累计|$)'
            )
        ) as fits
    from facts
    inner join located on located.indicator = facts.indicator
),

ranked as (
    select
        *,
        row_number() over (
            partition by indicator, quantity
            order by
                matched_by = 'exact' desc,
                names_share desc,
                is_measure_word asc,
                term_length desc,
                case when is_head then 0 else chars_after end asc,
                term_type asc,
                indicator_code asc,
                -- equally ranked terms of one indicator (外出农民工总量: 农民工总量, 外出农民工):
                -- the one ending last, then by name, never left to chance
                chars_after asc,
                matched_term asc
        ) as rank_all
    from candidates
),

-- The best-ranked term wins when the quantity fits its indicator. When it does
-- not, the figure is about something else than that term says, and only a term
-- heading the wording may classify it instead (数字化示范车间 N个 → 车间, not
-- 城镇新增就业岗位… N个 → the 镇 inside 城镇).
eligible as (
    select
        *,
        row_number() over (partition by indicator, quantity order by rank_all) as pick
    from ranked
    where fits and (rank_all = 1 or is_head)
),

final as (
    select indicator, quantity, indicator_code, matched_by, matched_term
    from eligible
    where pick = 1
)

select * from final
