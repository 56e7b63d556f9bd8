import type { Fact } from '../../../../shared/domain/fact';
import type { FactId } from '../../../../shared/domain/ids';
import type { FactGroup } from './chronologyModel';
import { FactCard, type FactCardProps } from './FactCard';

type CardCallbacks = Omit<FactCardProps, 'fact' | 'selected'>;

interface FactGroupsProps<K> extends CardCallbacks {
  groups: readonly FactGroup<K>[];
  /** The heading of a group; `null` is the group of facts with no person (or issue). */
  title: (key: K | null) => string;
  selectedId: FactId | null;
}

/** Facts by person or by issue; a fact about two people is under each of them. */
export function FactGroups<K extends string>({
  groups,
  title,
  selectedId,
  ...card
}: FactGroupsProps<K>) {
  return (
    <div className="fact-groups">
      {groups.map((group) => (
        <section key={group.key ?? ''} className="fact-group" aria-label={title(group.key)}>
          <h2 className="fact-group__title">
            {title(group.key)} <span className="count">{group.facts.length}</span>
          </h2>
          <ol className="fact-group__list">
            {group.facts.map((fact: Fact) => (
              <li key={fact.id}>
                <FactCard fact={fact} selected={fact.id === selectedId} {...card} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
