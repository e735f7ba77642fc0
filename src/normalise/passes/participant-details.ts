/**
 * @module normalise/passes/participant-details
 * Pass `participant-details`: a participant's role or affiliation that their name already says
 * is dropped ("Secretary Burgum" with role "Secretary", "Operator" with role "Operator", "NATO
 * Secretary General" with "Secretary General, NATO"), so that a title page or a first label
 * never prints a name and then repeats it. Roles stay on participants until here because
 * resolving labels ("THE PRESIDENT" to "President Trump") needs them.
 */
import type { Draft, Pass } from '../draft.js';
import { withoutRepeatedDetails } from '../people.js';

export const participantDetails: Pass = {
  name: 'participant-details',
  run(draft: Draft): Draft {
    const participants = draft.participants.map(withoutRepeatedDetails);
    return participants.every((p, i) => p === draft.participants[i]) ? draft : { ...draft, participants };
  },
};
