import { TEAM_KIND_INFO, TEAM_KINDS, teamFieldSchemas, type Team } from '../../../shared/model/team';
import { validate } from '../../../shared/model/validation';
import { useServices } from '../../app/services';
import { AutosaveControl } from '../../autosave/AutosaveControl';
import { updateTeam } from './team-repository';
import { teamName } from './useTeamActions';

interface FieldProps {
  team: Team;
  label: string;
  help?: string;
  className?: string;
}

export function TeamTextField({ team, field, ...rest }: FieldProps & { field: 'name' | 'responsibilities' }) {
  const { db } = useServices();
  return (
    <AutosaveControl<string>
      {...rest}
      control={field === 'name' ? { kind: 'text' } : { kind: 'textarea', rows: 3 }}
      saveKey={`team:${team.id}:${field}`}
      what={`${rest.label} of “${teamName(team)}”`}
      value={team[field]}
      format={(text) => text}
      parse={(text) => validate(teamFieldSchemas[field], text)}
      save={(value) => updateTeam(db, team.id, { [field]: value })}
    />
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const KIND_CHOICES = TEAM_KINDS.map((kind) => ({
  value: kind,
  label: TEAM_KIND_INFO[kind].label,
}));

export function TeamKindField({ team, ...rest }: FieldProps) {
  const { db } = useServices();
  return (
    <AutosaveControl<Team['kind']>
      help={capitalise(TEAM_KIND_INFO[team.kind].hint)}
      {...rest}
      control={{ kind: 'select', choices: KIND_CHOICES }}
      saveKey={`team:${team.id}:kind`}
      what={`${rest.label} of “${teamName(team)}”`}
      value={team.kind}
      format={(kind) => kind}
      parse={(text) => validate(teamFieldSchemas.kind, text)}
      save={(kind) => updateTeam(db, team.id, { kind })}
      delay={0}
    />
  );
}
