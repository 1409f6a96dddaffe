import { useParams } from 'react-router';
import { reasonLists } from '../api/types';
import { reasonListSlugs } from '../paths';
import { ReasonListPage } from './reason-list-page';

/** Picks the list named in the path; an unknown name is a page that does not exist. */
export function ReasonListRoute({ notFound }: { notFound: React.ReactNode }) {
  const slug = useParams().list;
  const list = reasonLists.find((key) => reasonListSlugs[key] === slug);
  return list ? <ReasonListPage key={list} list={list} /> : notFound;
}
