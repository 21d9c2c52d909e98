// Base forms of the verbs people use to ask for work ("Add a blog", "pls fix the footer", "Resize
// for LinkedIn"). General English, not one project's words: an imperative is a strong sign of an
// ask, and a unit without any verb ("Spanish version too?") is elliptical.
const BASE = `
accept access activate adapt add adjust align allow amend analyse analyze animate answer apply approve archive arrange
assess assign attach audit automate avoid back backup bring brief build bump buy calculate call cancel capture change check
clarify clean clear clone close code collect colour color combine compile complete compose compress configure confirm
connect consider consolidate contact continue convert copy correct cover crop create curate cut debug decide delete deliver
deploy design develop disable display do document download draft draw drop duplicate edit email embed enable ensure enter
estimate evaluate expand explain export extend extract feature fill film find finish fit fix flag flip follow format forward
generate get give grab handle help hide highlight hire hold host identify implement import improve include increase input
insert install integrate invite investigate issue keep label launch lay lead let lighten limit link list load localise
localize lock log look lower maintain make manage map mark merge migrate mock moderate modify monitor move name note notify
offer onboard open optimise optimize order organise organize outline package paint pause perform photograph pick pin place
plan point polish populate post prepare present print prioritise prioritize proceed process produce program programme
promote proof proofread propose protect provide publish pull purchase push put quote raise rank re-export reach read rebuild
recolour record recut redesign redirect redo reduce refine refresh regenerate rejig release remove rename render reorder
repair replace reply report repost request rerun research reshoot resize resolve respond restore restructure resubmit
retouch retest return reuse revert review revise rework rewrite run save scale scan schedule scope score script secure
see segment select sell send separate set setup share shift shoot shorten show sign simplify size sketch skip slot soften
sort source spec specify speed split sponsor spruce start stop store streamline style submit subtitle summarise summarize
supply support swap switch sync tag take target test tidy tighten time tone track train transcribe transfer translate
trim try tune turn tweak unblock unify unlock update upgrade upload use validate verify voice wire work wrap write zip
`;

export const BASE_VERBS: ReadonlySet<string> = new Set(BASE.split(/\s+/).filter(Boolean));

/** Auxiliaries and common finite verbs: their presence means the unit is a clause, not a bare noun phrase. */
const FINITE =
  /\b(is|are|was|were|be|been|am|has|have|had|do|does|did|can|could|would|will|shall|should|may|might|must|need|needs|want|wants|get|gets|got|make|makes|looks?|seems?|goes|went|know|think|feel|love|like|sent|said|see|saw)\b/i;

export function hasFiniteVerb(text: string): boolean {
  return FINITE.test(text);
}
