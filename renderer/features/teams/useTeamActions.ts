import type { Team } from '../../../shared/model/team';
import { useServices } from '../../app/services';
import { useUndoableDelete } from '../../autosave/useUndoableDelete';
import { deleteTeam, restoreTeam } from './team-repository';

export const teamName = (team: Pick<Team, 'name'>) => team.name || 'Unnamed role';

export function useTeamActions() {
  const { db } = useServices();
  const undoableDelete = useUndoableDelete();
  return {
    remove: (team: Team) =>
      undoableDelete({
        key: `team:${team.id}`,
        label: teamName(team),
        remove: () => deleteTeam(db, team.id),
        restore: (deleted) => restoreTeam(db, deleted),
        forget: () => [`team:${team.id}:`],
      }),
  };
}
