import { StatusCard } from "@/components/ui/status-card";

/** Inside the desk a refused page keeps the navigation, so the way on is one click. */
export default function DeskForbidden() {
  return (
    <StatusCard title="You do not have access to this page">
      <p>Your role does not include this part of the desk. Ask an administrator if you need it.</p>
    </StatusCard>
  );
}
