// Shared with the pocket cards, which name each place in the line of succession the same way.
export { successionLabel } from '../../../shared/model/succession';
