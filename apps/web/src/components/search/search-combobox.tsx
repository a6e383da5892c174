'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useRouter } from 'next/navigation';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { graphqlClient } from '@/lib/graphql';
import { QUICK_SEARCH_QUERY, type QuickSearchResult } from '@/lib/search-operations';

interface Suggestion {
  id: string;
  label: string;
  detail: string;
  href: string;
}

interface Group {
  key: string;
  label: string;
  items: Suggestion[];
}

interface SearchComboboxProps {
  defaultValue: string;
  maxLength: number;
  describedBy: string;
  t: Dictionary['searchMore'];
  kindLabels: Record<string, string>;
}

function groupsOf(
  result: QuickSearchResult,
  t: Dictionary['searchMore'],
  kinds: Record<string, string>,
): Group[] {
  const groups: Group[] = [
    {
      key: 'opportunities',
      label: t.groupOpportunities,
      items: result.opportunities.map((hit) => ({
        id: `o-${hit.id}`,
        label: hit.title,
        detail: `${kinds[hit.kind] ?? hit.kind} · ${hit.employerName}`,
        href: `/muligheter/${encodeURIComponent(hit.id)}`,
      })),
    },
    {
      key: 'employers',
      label: t.groupEmployers,
      items: result.employers.map((employer) => ({
        id: `e-${employer.id}`,
        label: employer.name,
        detail: employer.municipalityNames.join(', '),
        href: `/?q=${encodeURIComponent(employer.name)}`,
      })),
    },
    {
      key: 'trades',
      label: t.groupTrades,
      items: result.trades.map((trade) => ({
        id: `t-${trade.code}`,
        label: trade.label,
        detail: trade.programmeLabel,
        href: `/?trade=${encodeURIComponent(trade.code)}`,
      })),
    },
  ];
  return groups.filter((group) => group.items.length > 0);
}

/**
 * The search page's text box as an ARIA 1.2 combobox: while typing, the multi-search
 * (`quickSearch`) suggests opportunities, employers and trades in three labelled groups. Arrow
 * keys move through them, Enter opens the chosen one, Escape closes the list; Enter with nothing
 * chosen submits the form as usual, so the box works the same without JavaScript.
 */
export function SearchCombobox({
  defaultValue,
  maxLength,
  describedBy,
  t,
  kindLabels,
}: SearchComboboxProps) {
  const router = useRouter();
  const base = useId().replace(/:/g, '');
  const listboxId = `${base}-listbox`;
  const [value, setValue] = useState(defaultValue);
  const [groups, setGroups] = useState<Group[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState('');
  const request = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const flat = groups.flatMap((group) => group.items);
  const optionId = (index: number) => `${base}-option-${index}`;

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      request.current?.abort();
    },
    [],
  );

  function suggest(query: string) {
    clearTimeout(timer.current);
    request.current?.abort();
    if (query.trim().length < 2) {
      setGroups([]);
      setOpen(false);
      setActive(-1);
      return;
    }
    timer.current = setTimeout(() => {
      const controller = new AbortController();
      request.current = controller;
      graphqlClient(
        QUICK_SEARCH_QUERY,
        { input: { query: query.trim(), first: 4 } },
        { signal: controller.signal },
      )
        .then((data) => {
          const next = groupsOf(data.quickSearch, t, kindLabels);
          const count = next.reduce((sum, group) => sum + group.items.length, 0);
          setGroups(next);
          setActive(-1);
          setOpen(count > 0);
          setAnnouncement(count > 0 ? interpolate(t.suggestionsCount, { count }) : '');
        })
        .catch(() => {
          // Suggestions are a help, not a need: the form still searches.
          setGroups([]);
          setOpen(false);
        });
    }, 200);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' && flat.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (index + 1) % flat.length);
    } else if (event.key === 'ArrowUp' && flat.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (index <= 0 ? flat.length - 1 : index - 1));
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    } else if (event.key === 'Enter' && open && active >= 0) {
      const chosen = flat.at(active);
      if (chosen) {
        event.preventDefault();
        setOpen(false);
        router.push(chosen.href);
      }
    }
  }

  const offsets = groups.map((_, at) =>
    groups.slice(0, at).reduce((sum, group) => sum + group.items.length, 0),
  );
  return (
    <div className="combobox">
      <input
        className="ds-input"
        type="search"
        id="q"
        name="q"
        value={value}
        maxLength={maxLength}
        autoComplete="off"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listboxId}
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        aria-describedby={describedBy}
        onChange={(event) => {
          setValue(event.target.value);
          suggest(event.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          // Let a click on an option land first.
          setTimeout(() => {
            setOpen(false);
          }, 150);
        }}
      />
      <div
        id={listboxId}
        role="listbox"
        aria-label={t.headerSuggestions}
        className="combobox__list"
        hidden={!open}
      >
        {groups.map((group, groupIndex) => (
          <div key={group.key} role="group" aria-labelledby={`${base}-${group.key}`}>
            <div role="presentation" id={`${base}-${group.key}`} className="combobox__group">
              {group.label}
            </div>
            {group.items.map((item, itemIndex) => {
              const position = (offsets[groupIndex] ?? 0) + itemIndex;
              return (
                <div
                  key={item.id}
                  id={optionId(position)}
                  role="option"
                  aria-selected={position === active}
                  className="combobox__option"
                  onMouseDown={(event) => {
                    event.preventDefault();
                  }}
                  onClick={() => {
                    setOpen(false);
                    router.push(item.href);
                  }}
                >
                  {item.label}
                  {item.detail ? <span className="combobox__detail"> · {item.detail}</span> : null}
                </div>
              );
            })}
          </div>
        ))}
      </div>
      <div className="ds-sr-only" role="status" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
}
